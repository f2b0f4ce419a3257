package dev.relata.orm.schema;

/**
 * The kinds of relation between two models.
 */
public enum RelationKind {

	/**
	 * One related row whose foreign key points at this model ({@code hasOne}).
	 */
	HAS_ONE(false),

	/**
	 * Any number of related rows whose foreign key points at this model
	 * ({@code hasMany}).
	 */
	HAS_MANY(true),

	/**
	 * The row this model's foreign key points at ({@code belongsTo}).
	 */
	BELONGS_TO(false),

	/**
	 * Any number of related rows, linked through a join model ({@code manyToMany}).
	 */
	MANY_TO_MANY(true);

	private final boolean toMany;

	RelationKind(boolean toMany) {
		this.toMany = toMany;
	}

	/**
	 * Tells whether the relation yields a list.
	 * @return {@code true} for has-many and many-to-many
	 */
	public boolean toMany() {
		return this.toMany;
	}

	/**
	 * Returns the name used in definitions, messages and metric tags.
	 * @return {@code hasOne}, {@code hasMany}, {@code belongsTo} or {@code manyToMany}
	 */
	public String label() {
		return switch (this) {
			case HAS_ONE -> "hasOne";
			case HAS_MANY -> "hasMany";
			case BELONGS_TO -> "belongsTo";
			case MANY_TO_MANY -> "manyToMany";
		};
	}

}
