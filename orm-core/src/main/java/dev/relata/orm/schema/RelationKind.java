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
	MANY_TO_MANY(true),

	/**
	 * One related row pointing at this model through a type and an id column
	 * ({@code morphOne}).
	 */
	MORPH_ONE(false),

	/**
	 * Any number of related rows pointing at this model through a type and an id column
	 * ({@code morphMany}).
	 */
	MORPH_MANY(true),

	/**
	 * The row of one of several models this model points at through a type and an id
	 * column ({@code morphTo}).
	 */
	MORPH_TO(false),

	/**
	 * Related rows linked through a join model whose rows carry this model's type
	 * ({@code morphToMany}).
	 */
	MORPH_TO_MANY(true),

	/**
	 * The inverse of {@code morphToMany}: rows of one model linked to this one through a
	 * join model whose rows carry that model's type ({@code morphedByMany}).
	 */
	MORPHED_BY_MANY(true);

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
	 * Tells whether related rows are linked through a join model.
	 * @return {@code true} for manyToMany, morphToMany and morphedByMany
	 */
	public boolean throughJoinModel() {
		return this == MANY_TO_MANY || this == MORPH_TO_MANY || this == MORPHED_BY_MANY;
	}

	/**
	 * Tells whether the related rows carry a type column that must equal this relation's
	 * type value (the rows of a morphOne or morphMany).
	 * @return {@code true} for morphOne and morphMany
	 */
	public boolean typedOnTarget() {
		return this == MORPH_ONE || this == MORPH_MANY;
	}

	/**
	 * Tells whether the join model's rows carry a type column that must equal this
	 * relation's type value.
	 * @return {@code true} for morphToMany and morphedByMany
	 */
	public boolean typedOnJoinRows() {
		return this == MORPH_TO_MANY || this == MORPHED_BY_MANY;
	}

	/**
	 * Tells whether the related model is known only per row, from a type column, so the
	 * relation is loaded one statement per type found and never joined.
	 * @return {@code true} for morphTo
	 */
	public boolean loadsPerType() {
		return this == MORPH_TO;
	}

	/**
	 * Tells whether joining the relation onto its parents can repeat a parent's row: the
	 * to-many kinds, and hasOne and morphOne, whose foreign key need not be unique.
	 * @return {@code true} for the to-many kinds, hasOne and morphOne
	 */
	public boolean joinRepeatsParentRows() {
		return this.toMany || this == HAS_ONE || this == MORPH_ONE;
	}

	/**
	 * Tells whether nested writes through the relation set the writing row's own foreign
	 * key ({@code connect}, {@code disconnect} and {@code create} run before or with the
	 * row's insert or update).
	 * @return {@code true} for belongsTo
	 */
	public boolean writesOwnForeignKey() {
		return this == BELONGS_TO;
	}

	/**
	 * Tells whether the relation links at most one child row through the child's foreign
	 * key, so {@code connect} takes one id and refuses a child already linked elsewhere.
	 * @return {@code true} for hasOne
	 */
	public boolean linksOneChild() {
		return this == HAS_ONE;
	}

	/**
	 * Tells whether the join model holds a foreign key to each side (the polymorphic join
	 * models hold a type column instead of a foreign key to the morph side).
	 * @return {@code true} for manyToMany
	 */
	public boolean joinModelReferencesBothSides() {
		return this == MANY_TO_MANY;
	}

	/**
	 * Tells whether the relation is polymorphic (a type column tells the model).
	 * @return {@code true} for the morph kinds
	 */
	public boolean polymorphic() {
		return this == MORPH_ONE || this == MORPH_MANY || this == MORPH_TO || this == MORPH_TO_MANY
				|| this == MORPHED_BY_MANY;
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
			case MORPH_ONE -> "morphOne";
			case MORPH_MANY -> "morphMany";
			case MORPH_TO -> "morphTo";
			case MORPH_TO_MANY -> "morphToMany";
			case MORPHED_BY_MANY -> "morphedByMany";
		};
	}

}
