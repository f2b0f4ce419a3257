package dev.relata.orm.verify;

/**
 * What a {@link VerificationFinding} is about. Each kind names one way the database can
 * differ from what the schema needs.
 */
public enum FindingKind {

	/**
	 * A model's table does not exist. Fixed by its {@code CREATE TABLE}; nothing else is
	 * reported about the table until it exists.
	 */
	MISSING_TABLE,

	/**
	 * A column property has no column. Fixed by {@code ALTER TABLE ... ADD COLUMN}.
	 */
	MISSING_COLUMN,

	/**
	 * A column cannot hold its property's Java type (a {@code Long} in a {@code VARCHAR},
	 * an {@code Instant} in a timestamp without time zone where the database has one).
	 * Fixed by changing the column to the type Relata would create.
	 */
	INCOMPATIBLE_COLUMN_TYPE,

	/**
	 * No foreign key links the columns a relation implies to the referenced key, whatever
	 * its name. Fixed by {@code ALTER TABLE ... ADD CONSTRAINT}.
	 */
	MISSING_FOREIGN_KEY,

	/**
	 * The foreign key exists with other {@code ON DELETE} or {@code ON UPDATE} actions
	 * than the relation declares. Fixed by dropping and adding it again.
	 */
	FOREIGN_KEY_ACTION_MISMATCH,

	/**
	 * No index starts with a foreign key's columns, so loading the relation and deleting
	 * a referenced row scan the table. Fixed by {@code CREATE INDEX}.
	 */
	UNINDEXED_FOREIGN_KEY,

	/**
	 * A many-to-many's join table has no primary key or unique index on its two keys, so
	 * a pair can be stored twice. Fixed by {@code CREATE UNIQUE INDEX} on the pair.
	 */
	JOIN_MODEL_WITHOUT_UNIQUE_PAIR,

	/**
	 * No index of a many-to-many's join table starts with the key pointing at the target,
	 * so reading the relation from the target's side scans the join table. Fixed by
	 * {@code CREATE INDEX} on that key.
	 */
	JOIN_MODEL_RIGHT_SIDE_UNINDEXED,

	/**
	 * A polymorphic relation's type or id column does not exist. Fixed by
	 * {@code ALTER TABLE ... ADD COLUMN}.
	 */
	MISSING_MORPH_COLUMN,

	/**
	 * The schema treats a relation as required (its foreign-key property is primitive, a
	 * key or {@code @Column(nullable = false)}) but the column accepts NULL. Fixed by
	 * making the column {@code NOT NULL}.
	 */
	REQUIRED_RELATION_WITH_NULLABLE_COLUMN,

	/**
	 * A relation is declared optional (its foreign key is {@code ON DELETE SET NULL} or
	 * {@code ON UPDATE SET NULL}) but the column is {@code NOT NULL}, so the database
	 * would refuse the action. Fixed by letting the column accept NULL. A boxed
	 * foreign-key property alone does not make a relation optional: nested writes create
	 * children with a {@code null} key that Relata fills in.
	 */
	OPTIONAL_RELATION_WITH_NOT_NULL_COLUMN

}
