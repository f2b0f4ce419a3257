package dev.relata.orm.sql;

import java.util.Objects;

/**
 * A join: {@code LEFT JOIN "roles" t1 ON t1."id" = t0."role_id"}.
 *
 * @param type the kind of join
 * @param target the joined table or derived table
 * @param on the join condition
 */
public record Join(JoinType type, FromItem target, Condition on) {

	/**
	 * Checks the components.
	 */
	public Join {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(on, "on");
	}

}
