package dev.relata.orm.relation;

import dev.relata.orm.schema.PropertyRef;
import dev.relata.orm.schema.ReferentialAction;

/**
 * The keys and foreign key options of a many-to-many's join model.
 *
 * @param <J> the join model
 */
public interface JoinModelSpec<J> {

	/**
	 * Names the join model's key that points at the model the relation is defined on.
	 * @param key a method reference such as {@code UserTag::userId}
	 * @return this spec
	 */
	JoinModelSpec<J> from(PropertyRef<J, ?> key);

	/**
	 * Names the join model's key that points at the related model.
	 * @param key a method reference such as {@code UserTag::tagId}
	 * @return this spec
	 */
	JoinModelSpec<J> to(PropertyRef<J, ?> key);

	/**
	 * Sets what the database does with join rows when a row on either side is deleted.
	 * @param action the action
	 * @return this spec
	 */
	JoinModelSpec<J> onDelete(ReferentialAction action);

	/**
	 * Sets what the database does with join rows when a key on either side changes.
	 * @param action the action
	 * @return this spec
	 */
	JoinModelSpec<J> onUpdate(ReferentialAction action);

	/**
	 * Asks for indexes on the join model's two keys.
	 * @return this spec
	 */
	JoinModelSpec<J> index();

}
