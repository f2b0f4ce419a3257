package dev.relata.orm.internal.query;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A fixed condition a query always carries, such as "the posts of user 5" for
 * {@code related(user, "posts", Post.class).query()}, as plain data: the compiler in
 * {@code dev.relata.orm.internal.compile} turns it into SQL and joins it with AND to the
 * query's own conditions.
 */
public sealed interface QueryScope {

	/**
	 * Hides soft-deleted rows ({@code deleted_at IS NULL}), or shows only them.
	 *
	 * @param deletedAt the soft-delete property
	 * @param only whether only deleted rows are seen
	 */
	record SoftDeleted(ModelProperty deletedAt, boolean only) implements QueryScope {
	}

	/**
	 * The type condition of a morphOne or morphMany on its target rows.
	 *
	 * @param relation the polymorphic relation
	 */
	record TargetType(Relation relation) implements QueryScope {
	}

	/**
	 * The rows related to one owner instance through a relation.
	 *
	 * @param relation the relation
	 * @param ownerValue the owner's key value, converted for the column it is compared
	 * with; {@code null} when the owner has none (nothing is related)
	 * @param morphTarget the model a morphTo points to, {@code null} for other kinds
	 */
	record RelatedTo(Relation relation, @Nullable Object ownerValue,
			@Nullable EntityModel<?> morphTarget) implements QueryScope {
	}

}
