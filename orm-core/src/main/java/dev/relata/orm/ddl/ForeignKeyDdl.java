package dev.relata.orm.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Renders foreign keys for one dialect: per key its index (when wanted) and then the
 * {@code ALTER TABLE ... ADD CONSTRAINT}, so that MariaDB and MySQL use the named index
 * instead of creating their own.
 */
final class ForeignKeyDdl {

	private final Dialect dialect;

	private final DdlIdentifiers identifiers;

	ForeignKeyDdl(Dialect dialect) {
		this.dialect = dialect;
		this.identifiers = new DdlIdentifiers(dialect);
	}

	List<String> render(List<ForeignKeyDefinition> foreignKeys) {
		foreignKeys.forEach(this::checkActions);
		List<String> statements = new ArrayList<>();
		for (ForeignKeyDefinition foreignKey : foreignKeys) {
			String indexName = foreignKey.indexName();
			if (indexName != null) {
				statements.add(index(foreignKey, indexName));
			}
			statements.add(constraint(foreignKey));
		}
		return List.copyOf(statements);
	}

	String index(ForeignKeyDefinition foreignKey, String indexName) {
		return "CREATE INDEX " + this.identifiers.name(indexName) + " ON " + table(foreignKey.table()) + " ("
				+ columns(foreignKey.columns()) + ")";
	}

	String constraint(ForeignKeyDefinition foreignKey) {
		StringBuilder sql = new StringBuilder("ALTER TABLE ").append(table(foreignKey.table()))
			.append(" ADD CONSTRAINT ")
			.append(this.identifiers.name(foreignKey.constraintName()))
			.append(" FOREIGN KEY (")
			.append(columns(foreignKey.columns()))
			.append(") REFERENCES ")
			.append(table(foreignKey.referencedTable()))
			.append(" (")
			.append(columns(foreignKey.referencedColumns()))
			.append(")");
		action(sql, "ON DELETE", foreignKey.givenOnDelete());
		action(sql, "ON UPDATE", foreignKey.givenOnUpdate());
		return sql.toString();
	}

	private static void action(StringBuilder sql, String event, @Nullable ReferentialAction action) {
		if (action != null) {
			sql.append(' ').append(event).append(' ').append(action.sql());
		}
	}

	void checkActions(ForeignKeyDefinition foreignKey) {
		if (this.dialect.enforcesSetDefault()) {
			return;
		}
		if (foreignKey.onDelete() == ReferentialAction.SET_DEFAULT
				|| foreignKey.onUpdate() == ReferentialAction.SET_DEFAULT) {
			throw new OrmSchemaException("The foreign key " + foreignKey.describe() + " (defined by "
					+ String.join(", ", foreignKey.definedBy()) + ") uses SET DEFAULT, which " + this.dialect.name()
					+ " accepts but does not enforce; use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
		}
	}

	private String table(TableName table) {
		return this.identifiers.table(table);
	}

	private String columns(List<String> columns) {
		return this.identifiers.columns(columns);
	}

}
