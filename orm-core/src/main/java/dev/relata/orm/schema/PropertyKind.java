package dev.relata.orm.schema;

/**
 * What a model property is: a mapped column or a slot that loads fill.
 */
public enum PropertyKind {

	/** A property mapped to a column: selected, inserted and updated. */
	COLUMN,

	/** A related model or a list of them: filled by relation loads, never written. */
	RELATION_SLOT,

	/**
	 * An aggregate over a relation (such as {@code postsCount}): filled by aggregate
	 * loads only.
	 */
	AGGREGATE_SLOT

}
