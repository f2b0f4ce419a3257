package dev.relata.orm.internal.sql;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A join: {@code LEFT JOIN "roles" t1 ON t1."id" = t0."role_id"}, or a cross join without
 * a condition: {@code CROSS JOIN LATERAL (SELECT ...) t1}.
 *
 * @param type the kind of join
 * @param target the joined table or derived table
 * @param on the join condition; required for {@link JoinType#INNER} and
 * {@link JoinType#LEFT}, {@code null} for {@link JoinType#CROSS}
 */
public record Join(JoinType type, FromItem target, @Nullable Condition on) {

	/**
	 * Checks the components: a condition for every type but {@link JoinType#CROSS}, none
	 * for it.
	 */
	public Join {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(target, "target");
		if (type == JoinType.CROSS) {
			if (on != null) {
				throw new IllegalArgumentException("A CROSS JOIN has no ON condition");
			}
		}
		else {
			Objects.requireNonNull(on, "on");
		}
	}

	/**
	 * A {@code CROSS JOIN}: every row on the left with every row of the target (for a
	 * {@link LateralDerivedTable}, with the target's rows for that left row).
	 * @param target the joined table or derived table
	 * @return the join
	 */
	public static Join cross(FromItem target) {
		return new Join(JoinType.CROSS, target, null);
	}

}
