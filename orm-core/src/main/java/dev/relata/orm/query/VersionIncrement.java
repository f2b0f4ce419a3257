package dev.relata.orm.query;

import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.sql.Arithmetic;
import dev.relata.orm.sql.Assignment;
import dev.relata.orm.sql.ColumnRef;
import dev.relata.orm.sql.NumberLiteral;

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
