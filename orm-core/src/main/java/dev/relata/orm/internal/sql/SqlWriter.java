package dev.relata.orm.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.relata.orm.sql.dialect.Dialect;

/**
 * The state of one rendering: the SQL text so far and the binds in placeholder order.
 * Renders expressions, conditions and ordering; statements are rendered by
 * {@link StatementWriter}.
 */
final class SqlWriter {

	/**
	 * The escape character of {@link ComparisonOperator#LIKE_ESCAPED}.
	 */
	static final char LIKE_ESCAPE = '!';

	private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Dialect dialect;

	private final UnaryOperator<String> identifiers;

	private final StringBuilder sql = new StringBuilder(128);

	private final List<Expression> binds = new ArrayList<>();

	private final StatementWriter statements = new StatementWriter(this);

	SqlWriter(Dialect dialect, UnaryOperator<String> identifiers) {
		this.dialect = dialect;
		this.identifiers = identifiers;
	}

	Dialect dialect() {
		return this.dialect;
	}

	RenderedSql result() {
		return new RenderedSql(this.sql.toString(), this.binds);
	}

	void statement(Statement statement) {
		this.statements.statement(statement);
	}

	SqlWriter append(String text) {
		this.sql.append(text);
		return this;
	}

	SqlWriter identifier(String name) {
		this.sql.append(this.identifiers.apply(name));
		return this;
	}

	SqlWriter alias(String alias) {
		if (!isPlainAlias(alias) && !ALIAS.matcher(alias).matches()) {
			throw new IllegalArgumentException(
					"'" + alias + "' is not a valid table alias; use letters, digits and '_' such as t0");
		}
		this.sql.append(alias);
		return this;
	}

	/**
	 * The aliases Relata makes (a letter, then letters, digits or '_'), checked without a
	 * regular expression: every column reference renders one.
	 */
	private static boolean isPlainAlias(String alias) {
		if (alias.isEmpty() || !isLetter(alias.charAt(0))) {
			return false;
		}
		for (int i = 1; i < alias.length(); i++) {
			char c = alias.charAt(i);
			if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	void bind(Expression bind) {
		this.sql.append('?');
		this.binds.add(bind);
	}

	void expressions(List<? extends Expression> expressions) {
		for (int i = 0; i < expressions.size(); i++) {
			if (i > 0) {
				this.sql.append(", ");
			}
			expression(expressions.get(i));
		}
	}

	void expression(Expression expression) {
		if (expression instanceof ColumnRef column) {
			if (column.qualifier() != null) {
				alias(column.qualifier()).append(".");
			}
			identifier(column.column());
		}
		else if (expression instanceof Bind) {
			bind(expression);
		}
		else if (expression instanceof ArrayBind array) {
			requireArrayParameters("= ANY(?)");
			bind(array);
		}
		else if (expression instanceof NumberLiteral literal) {
			this.sql.append(literal.value());
		}
		else if (expression instanceof FunctionCall call) {
			this.sql.append(call.function().name()).append('(');
			expressions(call.args());
			this.sql.append(')');
		}
		else if (expression instanceof CountAll) {
			this.sql.append("COUNT(*)");
		}
		else if (expression instanceof Arithmetic arithmetic) {
			this.sql.append('(');
			expression(arithmetic.left());
			this.sql.append(' ').append(arithmetic.operator().sql()).append(' ');
			expression(arithmetic.right());
			this.sql.append(')');
		}
		else if (expression instanceof RowNumber rowNumber) {
			rowNumber(rowNumber);
		}
		else if (expression instanceof ScalarSubquery subquery) {
			subquery(subquery.select());
		}
		else {
			throw new IllegalStateException("Unknown expression " + expression);
		}
	}

	private void rowNumber(RowNumber rowNumber) {
		if (!this.dialect.supportsWindowFunctions()) {
			throw new IllegalStateException(this.dialect.name() + " has no window functions for ROW_NUMBER()");
		}
		this.sql.append("ROW_NUMBER() OVER (");
		if (!rowNumber.partitionBy().isEmpty()) {
			this.sql.append("PARTITION BY ");
			expressions(rowNumber.partitionBy());
			if (!rowNumber.orderBy().isEmpty()) {
				this.sql.append(' ');
			}
		}
		if (!rowNumber.orderBy().isEmpty()) {
			this.sql.append("ORDER BY ");
			orderItems(rowNumber.orderBy());
		}
		this.sql.append(')');
	}

	void subquery(Select select) {
		this.sql.append('(');
		this.statements.select(select);
		this.sql.append(')');
	}

	void orderItems(List<OrderItem> items) {
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				this.sql.append(", ");
			}
			orderItem(items.get(i));
		}
	}

	private void orderItem(OrderItem item) {
		String direction = item.descending() ? " DESC" : " ASC";
		if (item.nulls() == NullOrder.DEFAULT) {
			expression(item.expression());
			this.sql.append(direction);
		}
		else if (this.dialect.supportsNullsOrdering()) {
			expression(item.expression());
			this.sql.append(direction).append((item.nulls() == NullOrder.FIRST) ? " NULLS FIRST" : " NULLS LAST");
		}
		else if (this.dialect.sortsNullsLow() && (item.nulls() == NullOrder.FIRST) != item.descending()) {
			// The database's own order already puts NULLs where asked: no sort key that
			// defeats indexes.
			expression(item.expression());
			this.sql.append(direction);
		}
		else {
			// (x IS NULL) is 1 for NULLs: descending puts them first, ascending last.
			this.sql.append('(');
			expression(item.expression());
			this.sql.append(" IS NULL)").append((item.nulls() == NullOrder.FIRST) ? " DESC, " : " ASC, ");
			expression(item.expression());
			this.sql.append(direction);
		}
	}

	void condition(Condition condition) {
		if (condition instanceof Comparison comparison) {
			expression(comparison.left());
			this.sql.append(' ').append(comparison.operator().sql()).append(' ');
			expression(comparison.right());
			if (comparison.operator() == ComparisonOperator.LIKE_ESCAPED) {
				this.sql.append(" ESCAPE '").append(LIKE_ESCAPE).append('\'');
			}
		}
		else if (condition instanceof NullCheck check) {
			expression(check.expression());
			this.sql.append(check.negated() ? " IS NOT NULL" : " IS NULL");
		}
		else if (condition instanceof InList in) {
			inList(in);
		}
		else if (condition instanceof EqualsAny any) {
			if (!this.dialect.supportsArrayComparison()) {
				requireArrayParameters("= ANY(?)");
			}
			expression(any.expression());
			this.sql.append(" = ANY(");
			bind(any.array());
			this.sql.append(')');
		}
		else if (condition instanceof ArrayContains contains) {
			requireArrayParameters("? = ANY(array column)");
			expression(contains.value());
			this.sql.append(" = ANY(");
			expression(contains.array());
			this.sql.append(')');
		}
		else if (condition instanceof InSelect in) {
			inSelect(in);
		}
		else if (condition instanceof Exists exists) {
			this.sql.append(exists.negated() ? "NOT EXISTS " : "EXISTS ");
			subquery(exists.select());
		}
		else if (condition instanceof And and) {
			junction(and.operands(), " AND ", Or.class, true);
		}
		else if (condition instanceof Or or) {
			junction(or.operands(), " OR ", And.class, false);
		}
		else if (condition instanceof Not not) {
			this.sql.append("NOT (");
			condition(not.operand());
			this.sql.append(')');
		}
		else if (condition instanceof Constant constant) {
			constant(constant.value());
		}
		else {
			throw new IllegalStateException("Unknown condition " + condition);
		}
	}

	private void inList(InList in) {
		if (in.values().isEmpty()) {
			// IN () is not SQL; no value matches an empty list.
			constant(in.negated());
			return;
		}
		Condition arrays = LongInLists.asArrays(in, this.dialect);
		if (arrays != null) {
			// parenthesised, since the arrays may be joined with OR inside an AND
			this.sql.append('(');
			condition(arrays);
			this.sql.append(')');
			return;
		}
		expression(in.expression());
		this.sql.append(in.negated() ? " NOT IN (" : " IN (");
		expressions(in.values());
		this.sql.append(')');
	}

	private void inSelect(InSelect in) {
		if (in.select().limited() && !this.dialect.supportsLimitInInSubquery()) {
			throw new IllegalStateException(this.dialect.name()
					+ " does not support LIMIT/OFFSET in an IN subquery; join a derived table instead");
		}
		expression(in.expression());
		this.sql.append(in.negated() ? " NOT IN " : " IN ");
		subquery(in.select());
	}

	private void junction(List<Condition> operands, String operator, Class<? extends Condition> parenthesised,
			boolean emptyValue) {
		if (operands.isEmpty()) {
			constant(emptyValue);
			return;
		}
		for (int i = 0; i < operands.size(); i++) {
			if (i > 0) {
				this.sql.append(operator);
			}
			Condition operand = operands.get(i);
			boolean parens = parenthesised.isInstance(operand) && needsParentheses(operand);
			if (parens) {
				this.sql.append('(');
			}
			condition(operand);
			if (parens) {
				this.sql.append(')');
			}
		}
	}

	private static boolean needsParentheses(Condition junction) {
		// An empty junction renders as a constant; a single operand renders as itself.
		List<Condition> operands = (junction instanceof And and) ? and.operands() : ((Or) junction).operands();
		return operands.size() > 1;
	}

	private void constant(boolean value) {
		this.sql.append(value ? "1=1" : "1=0");
	}

	void requireArrayParameters(String construct) {
		if (!this.dialect.supportsArrayParameters()) {
			throw new IllegalStateException(this.dialect.name() + " does not support array parameters (" + construct
					+ "); render an IN list of binds instead");
		}
	}

}
