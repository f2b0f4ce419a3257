package dev.relata.orm.schema;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One table on a {@link RelationPath}: joined where its {@code column} equals the
 * previous table's {@code parentColumn} (the source's for the first step), with a type
 * condition on its rows for a polymorphic relation.
 * <p>
 * Internal: read by the query compiler; it is not API.
 *
 * @param table the model of the table
 * @param parentColumn the column of the previous table (or the source) it is joined on
 * @param column the column of this table equal to it
 * @param typeCondition the type condition on this table's rows, or {@code null}
 */
public record PathStep(EntityModel<?> table, ModelProperty parentColumn, ModelProperty column,
		@Nullable TypeCondition typeCondition) {

	/**
	 * Returns the type condition on this table's rows.
	 * @return the condition, empty when the rows are not typed
	 */
	public Optional<TypeCondition> type() {
		return Optional.ofNullable(this.typeCondition);
	}

	/**
	 * A polymorphic relation's condition on a table's rows: its type column holds one
	 * value.
	 *
	 * @param column the type column
	 * @param value the morph value it must hold
	 */
	public record TypeCondition(ModelProperty column, String value) {

	}

}
