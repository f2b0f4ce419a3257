/**
 * The front door of Relata: {@link dev.relata.orm.Orm}, created from a {@code DataSource}
 * and an {@code OrmSchema}, hands out {@link dev.relata.orm.OrmRepository repositories}.
 * Nothing in the packages below imports this one.
 */
@NullMarked
package dev.relata.orm;

import org.jspecify.annotations.NullMarked;
