package dev.relata.orm.relation;

import dev.relata.orm.schema.PropertyRef;
import dev.relata.orm.schema.ReferentialAction;

/**
 * The options of a relation's foreign key, given in the definition's option-taking
 * overload.
 *
 * @param <K> the model holding the referenced key (this model for hasOne/hasMany, the
 * target for belongsTo)
 */
public interface ForeignKeySpec<K> {

	/**
	 * Sets what the database does with referencing rows when the referenced row is
	 * deleted.
	 * @param action the action
	 * @return this spec
	 */
	ForeignKeySpec<K> onDelete(ReferentialAction action);

	/**
	 * Sets what the database does with referencing rows when the referenced key changes.
	 * @param action the action
	 * @return this spec
	 */
	ForeignKeySpec<K> onUpdate(ReferentialAction action);

	/**
	 * Names the constraint instead of the generated {@code fk_
	 *
	<table>
	 * _<column>}.
	 * @param name the constraint name
	 * @return this spec
	 */
	ForeignKeySpec<K> constraintName(String name);

	/**
	 * Asks for an index on the foreign key column.
	 * @return this spec
	 */
	ForeignKeySpec<K> index();

	/**
	 * References a unique key other than the primary key, such as {@code Role::code}.
	 * @param key a method reference to the referenced key's accessor
	 * @return this spec
	 */
	ForeignKeySpec<K> ownerKey(PropertyRef<K, ?> key);

}
