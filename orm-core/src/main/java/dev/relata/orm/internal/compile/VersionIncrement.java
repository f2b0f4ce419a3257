package dev.relata.orm.internal.compile;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.Arithmetic;
import dev.relata.orm.internal.sql.Assignment;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.NumberLiteral;

/**
 * The {@code version = version + 1} of a set-based update of a versioned model, so that
 * instances read before the update fail their optimistic check.
 */
final class VersionIncrement {

	private VersionIncrement() {
	}

	static Assignment assignment(ModelProperty version) {
		String column = ConditionCompiler.columnName(version);
		return new Assignment(column, Arithmetic.plus(new ColumnRef(null, column), new NumberLiteral(1)));
	}

}
