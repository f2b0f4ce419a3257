package dev.relata.orm.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The options a relation definition gives its foreign key; {@code null} means "not
 * given", so that two definitions of one foreign key merge and only explicit conflicts
 * fail.
 *
 * @param onDelete the action on delete of the referenced row, or {@code null}
 * @param onUpdate the action on update of the referenced key, or {@code null}
 * @param constraintName the constraint's name, or {@code null} for the generated one
 * @param index whether an index on the foreign key column is wanted, or {@code null}
 */
public record ForeignKeyOptions(@Nullable ReferentialAction onDelete, @Nullable ReferentialAction onUpdate,
		@Nullable String constraintName, @Nullable Boolean index) {

	/**
	 * No option given.
	 */
	public static final ForeignKeyOptions NONE = new ForeignKeyOptions(null, null, null, null);

	/**
	 * Merges two sets of options of the same foreign key.
	 * @param other the options of another definition
	 * @return the merged options
	 * @throws IllegalArgumentException naming the conflicting option when both give
	 * different values
	 */
	public ForeignKeyOptions merge(ForeignKeyOptions other) {
		List<String> conflicts = new ArrayList<>();
		ReferentialAction delete = pick("onDelete", this.onDelete, other.onDelete, conflicts);
		ReferentialAction update = pick("onUpdate", this.onUpdate, other.onUpdate, conflicts);
		String name = pick("constraintName", this.constraintName, other.constraintName, conflicts);
		Boolean idx = pick("index", this.index, other.index, conflicts);
		if (!conflicts.isEmpty()) {
			throw new IllegalArgumentException(String.join(", ", conflicts));
		}
		return new ForeignKeyOptions(delete, update, name, idx);
	}

	private static <V> @Nullable V pick(String option, @Nullable V mine, @Nullable V theirs, List<String> conflicts) {
		if (mine != null && theirs != null && !Objects.equals(mine, theirs)) {
			conflicts.add(option + " " + mine + " vs " + theirs);
		}
		return (mine != null) ? mine : theirs;
	}

}
