package dev.relata.orm.internal.sql;

import java.util.List;

import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Renders statements and their clauses into a {@link SqlWriter}.
 */
final class StatementWriter {

	/**
	 * The largest row count, for an offset on dialects that need a limit before it.
	 */
	private static final String UNBOUNDED_LIMIT = "18446744073709551615";

	private final SqlWriter out;

	StatementWriter(SqlWriter out) {
		this.out = out;
	}

	void statement(Statement statement) {
		if (statement instanceof Select select) {
			select(select);
		}
		else if (statement instanceof InsertSelect insert) {
			insertSelect(insert);
		}
		else if (statement instanceof Insert insert) {
			insert(insert);
		}
		else if (statement instanceof Update update) {
			update(update);
		}
		else if (statement instanceof Delete delete) {
			delete(delete);
		}
		else {
			throw new IllegalStateException("Unknown statement " + statement);
		}
	}

	void select(Select select) {
		if (!select.with().isEmpty()) {
			with(select.with());
		}
		this.out.append(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
		selectItems(select.items());
		this.out.append(" FROM ");
		fromItem(select.from());
		for (Join join : select.joins()) {
			this.out.append(" ").append(join.type().sql()).append(" ");
			fromItem(join.target());
			if (join.on() != null) {
				this.out.append(" ON ");
				this.out.condition(join.on());
			}
		}
		where(select.where());
		if (!select.groupBy().isEmpty()) {
			this.out.append(" GROUP BY ");
			this.out.expressions(select.groupBy());
		}
		if (select.having() != null) {
			this.out.append(" HAVING ");
			this.out.condition(select.having());
		}
		if (!select.orderBy().isEmpty()) {
			this.out.append(" ORDER BY ");
			this.out.orderItems(select.orderBy());
		}
		limitOffset(select);
		if (select.forUpdate()) {
			this.out.append(" FOR UPDATE");
		}
	}

	private void with(List<CommonTableExpression> ctes) {
		this.out.append("WITH ");
		for (int i = 0; i < ctes.size(); i++) {
			CommonTableExpression cte = ctes.get(i);
			if (i > 0) {
				this.out.append(", ");
			}
			this.out.identifier(cte.name());
			if (!cte.columns().isEmpty()) {
				this.out.append(" ");
				identifierList(cte.columns());
			}
			this.out.append(" AS ");
			this.out.subquery(cte.select());
		}
		this.out.append(" ");
	}

	private void selectItems(List<SelectItem> items) {
		for (int i = 0; i < items.size(); i++) {
			SelectItem item = items.get(i);
			if (i > 0) {
				this.out.append(", ");
			}
			this.out.expression(item.expression());
			if (item.alias() != null) {
				this.out.append(" AS ").identifier(item.alias());
			}
		}
	}

	private void fromItem(FromItem item) {
		if (item instanceof TableRef table) {
			table(table);
			if (table.alias() != null) {
				this.out.append(" ").alias(table.alias());
			}
		}
		else if (item instanceof DerivedTable derived) {
			this.out.subquery(derived.select());
			this.out.append(" ").alias(derived.alias());
		}
		else if (item instanceof LateralDerivedTable lateral) {
			Dialect dialect = this.out.dialect();
			if (!dialect.supportsLateral()) {
				throw new IllegalStateException(
						dialect.name() + " does not support LATERAL; number the rows with ROW_NUMBER() instead");
			}
			this.out.append("LATERAL ");
			this.out.subquery(lateral.select());
			this.out.append(" ").alias(lateral.alias());
		}
		else if (item instanceof Unnest unnest) {
			this.out.requireArrayParameters("unnest(?)");
			this.out.append("unnest(");
			this.out.bind(unnest.array());
			this.out.append(") AS ").alias(unnest.alias()).append("(").identifier(unnest.column()).append(")");
		}
		else if (item instanceof JsonTable json) {
			jsonTable(json);
		}
		else {
			throw new IllegalStateException("Unknown from item " + item);
		}
	}

	private void jsonTable(JsonTable json) {
		Dialect dialect = this.out.dialect();
		String columnType = dialect.jsonTableColumnType(json.elementType());
		if (columnType == null) {
			throw new IllegalStateException(dialect.name() + " does not read " + json.elementType().getName()
					+ " keys from JSON_TABLE; render an IN list of binds instead");
		}
		this.out.append("JSON_TABLE(");
		this.out.bind(json.json());
		this.out.append(", '$[*]' COLUMNS(").identifier(json.column()).append(" " + columnType + " PATH '$')) ");
		this.out.alias(json.alias());
	}

	private void table(TableRef table) {
		if (table.schema() != null) {
			this.out.identifier(table.schema()).append(".");
		}
		this.out.identifier(table.table());
	}

	private void where(@Nullable Condition where) {
		if (where != null) {
			this.out.append(" WHERE ");
			this.out.condition(where);
		}
	}

	private void limitOffset(Select select) {
		Long limit = select.limit();
		Long offset = select.offset();
		if (limit != null) {
			this.out.append(" LIMIT ");
			this.out.bind(Bind.of(limit));
		}
		else if (offset != null && this.out.dialect().requiresLimitForOffset()) {
			this.out.append(" LIMIT " + UNBOUNDED_LIMIT);
		}
		if (offset != null) {
			this.out.append(" OFFSET ");
			this.out.bind(Bind.of(offset));
		}
	}

	private void insert(Insert insert) {
		Dialect dialect = this.out.dialect();
		if (!insert.returning().isEmpty() && !dialect.supportsInsertReturning()) {
			throw new IllegalStateException(dialect.name()
					+ " does not support INSERT ... RETURNING; read generated keys through JDBC instead");
		}
		this.out.append("INSERT INTO ");
		table(insert.table());
		this.out.append(" ");
		identifierList(insert.columns());
		this.out.append(" VALUES ");
		List<List<Expression>> rows = insert.rows();
		for (int i = 0; i < rows.size(); i++) {
			if (i > 0) {
				this.out.append(", ");
			}
			this.out.append("(");
			this.out.expressions(rows.get(i));
			this.out.append(")");
		}
		if (insert.ignoreConflicts()) {
			if (!dialect.supportsOnConflictDoNothing()) {
				throw new IllegalStateException(dialect.name() + " has no ON CONFLICT DO NOTHING; guard the insert "
						+ "with WHERE NOT EXISTS instead");
			}
			this.out.append(" ON CONFLICT DO NOTHING");
		}
		if (!insert.returning().isEmpty()) {
			this.out.append(" RETURNING ");
			identifiers(insert.returning());
		}
	}

	private void insertSelect(InsertSelect insert) {
		this.out.append("INSERT INTO ");
		table(insert.table());
		this.out.append(" ");
		identifierList(insert.columns());
		this.out.append(" ");
		select(insert.source());
	}

	private void update(Update update) {
		this.out.append("UPDATE ");
		fromItem(update.table());
		this.out.append(" SET ");
		List<Assignment> assignments = update.assignments();
		for (int i = 0; i < assignments.size(); i++) {
			if (i > 0) {
				this.out.append(", ");
			}
			this.out.identifier(assignments.get(i).column()).append(" = ");
			this.out.expression(assignments.get(i).value());
		}
		where(update.where());
	}

	private void delete(Delete delete) {
		TableRef table = delete.table();
		if (table.alias() != null && !this.out.dialect().supportsSingleTableDeleteAlias()) {
			this.out.append("DELETE ").alias(table.alias()).append(" FROM ");
		}
		else {
			this.out.append("DELETE FROM ");
		}
		fromItem(table);
		where(delete.where());
	}

	private void identifierList(List<String> names) {
		this.out.append("(");
		identifiers(names);
		this.out.append(")");
	}

	private void identifiers(List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			if (i > 0) {
				this.out.append(", ");
			}
			this.out.identifier(names.get(i));
		}
	}

}
