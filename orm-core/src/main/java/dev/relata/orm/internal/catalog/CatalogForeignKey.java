package dev.relata.orm.internal.catalog;

import java.util.List;
import java.util.Objects;

import dev.relata.orm.schema.ReferentialAction;

/**
 * A foreign key as {@code DatabaseMetaData.getImportedKeys} reports it.
 *
 * @param name the stored constraint name
 * @param columns the stored foreign-key columns, in key order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the order of {@code columns}
 * @param onDelete the delete rule as reported
 * @param onUpdate the update rule as reported
 */
public record CatalogForeignKey(String name, List<String> columns, CatalogTableName referencedTable,
		List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {

	/**
	 * Checks the components and copies the lists.
	 */
	public CatalogForeignKey {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		referencedColumns = List.copyOf(referencedColumns);
	}

	/**
	 * Tells whether this key has the given actions.
	 * @param delete the wanted action on delete
	 * @param update the wanted action on update
	 * @param distinguishNoActionFromRestrict {@code false} where the database treats
	 * {@code NO ACTION} and {@code RESTRICT} as one action (and reports either for the
	 * other), so they count as equal
	 * @return whether both actions are as wanted
	 */
	public boolean hasActions(ReferentialAction delete, ReferentialAction update,
			boolean distinguishNoActionFromRestrict) {
		return same(this.onDelete, delete, distinguishNoActionFromRestrict)
				&& same(this.onUpdate, update, distinguishNoActionFromRestrict);
	}

	private static boolean same(ReferentialAction actual, ReferentialAction wanted, boolean distinguish) {
		return actual == wanted || (!distinguish && checkedAtOnce(actual) && checkedAtOnce(wanted));
	}

	private static boolean checkedAtOnce(ReferentialAction action) {
		return action == ReferentialAction.NO_ACTION || action == ReferentialAction.RESTRICT;
	}

	/**
	 * Describes the key for messages.
	 * @return for example {@code fk_posts_user_id (user_id -> users.id ON DELETE CASCADE
	 * ON UPDATE NO ACTION)}
	 */
	public String describe() {
		return this.name + " (" + String.join(", ", this.columns) + " -> " + this.referencedTable + "."
				+ String.join(", ", this.referencedColumns) + " ON DELETE " + this.onDelete.sql() + " ON UPDATE "
				+ this.onUpdate.sql() + ")";
	}

}
