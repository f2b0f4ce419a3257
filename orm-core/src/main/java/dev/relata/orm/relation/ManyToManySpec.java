package dev.relata.orm.relation;

/**
 * The join model of a many-to-many relation:
 * {@code m -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)}.
 *
 * @param <T> the model the relation is defined on
 * @param <R> the related model
 */
public interface ManyToManySpec<T, R> {

	/**
	 * Names the join model, whose rows link the two sides.
	 * @param <J> the join model
	 * @param joinModel a model of the schema
	 * @return the spec of its keys
	 */
	<J> JoinModelSpec<J> through(Class<J> joinModel);

}
