/**
 * Relations defined outside the models:
 * {@link dev.relata.orm.relation.RelationDefinitions} with {@code hasOne},
 * {@code hasMany}, {@code belongsTo} and {@code manyToMany}, keys given as method
 * references and foreign key options. The definitions are declarations; the schema
 * resolves and validates them when it is built.
 */
@NullMarked
package dev.relata.orm.relation;

import org.jspecify.annotations.NullMarked;
