package dev.relata.orm.query;

/**
 * Why a relation load got its strategy: shared by {@code explain()} and the
 * {@code orm.strategy.reason} metric tag.
 */
public enum LoadReason {

	/**
	 * The strategy was requested explicitly.
	 */
	EXPLICIT("explicit"),

	/**
	 * A to-many relation with a per-parent limit or offset: batched.
	 */
	TO_MANY_WITH_LIMIT("to-many-with-limit"),

	/**
	 * A to-many relation with a per-parent limit or offset on a database that reads each
	 * parent's page fastest in a statement of its own (H2): batched, one statement per
	 * parent.
	 */
	PER_PARENT_STATEMENTS("per-parent-statements"),

	/**
	 * The query reads at most one parent: joined.
	 */
	SINGLE_PARENT("single-parent"),

	/**
	 * A many-to-many with a small bound on its parents: joined.
	 */
	SMALL_MANY_TO_MANY("small-many-to-many"),

	/**
	 * Any relation with a small bound on its parents: joined.
	 */
	SMALL_PARENT_SET("small-parent-set"),

	/**
	 * The query gives no bound on the number of parents: batched.
	 */
	UNBOUNDED_PARENT_SET("unbounded-parent-set"),

	/**
	 * The bound on the parents is above the join thresholds: batched.
	 */
	LARGE_PARENT_SET("large-parent-set"),

	/**
	 * Another to-many relation is already joined in the same statement: batched, to avoid
	 * a cartesian product.
	 */
	CARTESIAN_GUARD("cartesian-guard"),

	/**
	 * The parents are locked ({@code FOR UPDATE}), which cannot be combined with outer
	 * joins on every database: batched.
	 */
	LOCKED_PARENTS("locked-parents"),

	/**
	 * The parents are read as a stream, a chunk at a time: relations are batched per
	 * chunk.
	 */
	STREAMED_PARENTS("streamed-parents"),

	/**
	 * A polymorphic belongs-to: always batched, one statement per type.
	 */
	MORPH_TO("morph-to");

	private final String code;

	LoadReason(String code) {
		this.code = code;
	}

	/**
	 * Returns the reason code.
	 * @return the code, such as {@code single-parent}
	 */
	public String code() {
		return this.code;
	}

	@Override
	public String toString() {
		return this.code;
	}

}
