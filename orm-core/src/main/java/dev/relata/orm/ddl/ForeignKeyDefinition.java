package dev.relata.orm.ddl;

import java.util.List;
import java.util.Objects;

import dev.relata.orm.schema.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key as DDL creates it: the table and columns holding it, the referenced table
 * and columns, the actions, the constraint name and the index wanted on its columns.
 * Names are as in the schema (unquoted, unfolded); generated ones are deterministic, at
 * most {@value OrmDdl#MAX_NAME_BYTES} bytes in UTF-8 and unique across the schema.
 *
 * @param constraintName the constraint name: the one the definition gave, else
 * {@code fk_<table>_<column>}
 * @param table the table holding the foreign key
 * @param columns the foreign-key columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced key columns, in the order of {@code columns}
 * @param givenOnDelete the action on delete the definitions gave, or {@code null} when
 * none did
 * @param givenOnUpdate the action on update the definitions gave, or {@code null} when
 * none did
 * @param indexName the name of the index on the foreign-key columns
 * ({@code ix_<table>_<column>}) when one is wanted, else {@code null}
 * @param definedBy the relations that imply the key, such as {@code User.role}
 */
public record ForeignKeyDefinition(String constraintName, TableName table, List<String> columns,
		TableName referencedTable, List<String> referencedColumns, @Nullable ReferentialAction givenOnDelete,
		@Nullable ReferentialAction givenOnUpdate, @Nullable String indexName, List<String> definedBy) {

	/**
	 * Checks the components and copies the lists.
	 */
	public ForeignKeyDefinition {
		Objects.requireNonNull(constraintName, "constraintName");
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
		definedBy = List.copyOf(definedBy);
		if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
			throw new IllegalArgumentException(
					"A foreign key needs as many columns as referenced columns, and at least one");
		}
	}

	/**
	 * The effective action on delete: the given one, else the database default.
	 * @return the given action, or {@link ReferentialAction#NO_ACTION}
	 */
	public ReferentialAction onDelete() {
		return (this.givenOnDelete != null) ? this.givenOnDelete : ReferentialAction.NO_ACTION;
	}

	/**
	 * The effective action on update: the given one, else the database default.
	 * @return the given action, or {@link ReferentialAction#NO_ACTION}
	 */
	public ReferentialAction onUpdate() {
		return (this.givenOnUpdate != null) ? this.givenOnUpdate : ReferentialAction.NO_ACTION;
	}

	/**
	 * Whether an index on the foreign-key columns is wanted.
	 * @return {@code true} when {@link #indexName()} is set
	 */
	public boolean indexed() {
		return this.indexName != null;
	}

	/**
	 * A short description, for messages.
	 * @return for example {@code fk_posts_user_id (posts.user_id -> users.id)}
	 */
	public String describe() {
		return this.constraintName + " (" + this.table + "." + String.join(", ", this.columns) + " -> "
				+ this.referencedTable + "." + String.join(", ", this.referencedColumns) + ")";
	}

}
