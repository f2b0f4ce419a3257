package dev.relata.orm.boot.flyway;

/**
 * What Relata does with the declared foreign keys when Flyway migrates
 * ({@code relata.orm.flyway.foreign-keys}).
 */
public enum ForeignKeysMode {

	/**
	 * Contribute a repeatable Flyway migration that brings the database's foreign keys to
	 * the declared ones.
	 */
	APPLY,

	/**
	 * Change nothing; fail startup when the database's foreign keys differ from the
	 * declared ones.
	 */
	VALIDATE,

	/**
	 * Neither apply nor validate foreign keys.
	 */
	OFF

}
