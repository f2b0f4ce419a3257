package dev.relata.orm.schema;

import java.util.List;

/**
 * A foreign key implied by the relations: the column of one model that references the key
 * of another, with the options the definitions gave it (merged when several definitions
 * describe the same key).
 *
 * @param model the model whose table holds the foreign key
 * @param column the foreign key property
 * @param referenced the referenced model
 * @param referencedColumn the referenced key property
 * @param options the merged options
 * @param definedBy the relations that imply it, such as {@code User.role}
 */
public record ForeignKey(EntityModel<?> model, ModelProperty column, EntityModel<?> referenced,
		ModelProperty referencedColumn, ForeignKeyOptions options, List<String> definedBy) {

	/**
	 * Creates a foreign key, copying the definitions.
	 */
	public ForeignKey {
		definedBy = List.copyOf(definedBy);
	}

	/**
	 * Returns a short description, for messages.
	 * @return for example {@code users.role_id -> roles.id}
	 */
	public String describe() {
		return this.model.table() + "." + this.column.column() + " -> " + this.referenced.table() + "."
				+ this.referencedColumn.column();
	}

}
