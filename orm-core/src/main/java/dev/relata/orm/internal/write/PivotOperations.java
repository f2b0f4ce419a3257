package dev.relata.orm.internal.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.internal.jdbc.SqlStatement;
import dev.relata.orm.internal.jdbc.JdbcTransactions;
import dev.relata.orm.internal.jdbc.StatementExecutor;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.PropertyKind;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.ValueConversions;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.sql.SqlRenderer;
import dev.relata.orm.internal.sql.Statement;

import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import dev.relata.orm.write.SyncResult;
import dev.relata.orm.internal.compile.PivotSql;
import dev.relata.orm.internal.sql.Delete;
import dev.relata.orm.internal.sql.Expression;

/**
 * Attach, detach, sync and toggle on a many-to-many's join rows. Every operation runs in
 * one transaction and locks the owner row first ({@code SELECT ... FOR UPDATE}), so
 * concurrent operations on one owner serialize. Attaching is idempotent: a guarded insert
 * ({@code INSERT ... SELECT ... WHERE NOT EXISTS}) everywhere, or
 * {@code ON CONFLICT DO NOTHING} on PostgreSQL when the database has a unique key on the
 * pair; never MariaDB's {@code INSERT IGNORE}, which also swallows other errors.
 */
public final class PivotOperations {

	static final String PIVOT = "pivot";

	private final StatementExecutor executor;

	private final ValueConversions conversions;

	private final JdbcTransactions transactions;

	private final Map<Relation, Boolean> uniquePairs = new ConcurrentHashMap<>();

	/**
	 * Creates the operations.
	 * @param executor runs the statements
	 * @param conversions converts ids and extras to property types
	 * @param transactions the transaction every operation runs in
	 */
	public PivotOperations(StatementExecutor executor, ValueConversions conversions, JdbcTransactions transactions) {
		this.executor = executor;
		this.conversions = conversions;
		this.transactions = transactions;
	}

	/**
	 * Links the owner to targets; pairs that exist are left alone.
	 * @param relation a manyToMany relation
	 * @param ownerKey the owner's key
	 * @param ids the targets' keys
	 * @param extras values of other join model properties, by property name
	 * @return the number of join rows inserted
	 */
	public int attach(Relation relation, Object ownerKey, Collection<?> ids, Map<String, ?> extras) {
		PivotSql sql = sql(relation, "attach");
		List<Object> targets = targetKeys(sql, ids);
		Map<ModelProperty, Object> extraValues = extras(relation, sql, extras);
		if (targets.isEmpty()) {
			return 0;
		}
		return this.transactions.execute(() -> {
			lock(relation, sql, ownerKey);
			Set<Object> existing = existing(sql, ownerKey);
			requireTargets(relation, "attach", targets, existing);
			return insertMissing(relation, sql, ownerKey, targets, extraValues, existing);
		});
	}

	/**
	 * Links the owner to targets inside a nested write, where the owner is already locked
	 * or new; the connected ones (not those just created) are checked to exist.
	 */
	int attachUnlocked(Relation relation, Object ownerKey, List<Object> ids, List<Object> connected) {
		PivotSql sql = sql(relation, "connect");
		List<Object> targets = targetKeys(sql, ids);
		Set<Object> existing = existing(sql, ownerKey);
		requireTargets(relation, "connect", targetKeys(sql, connected), existing);
		return insertMissing(relation, sql, ownerKey, targets, Map.of(), existing);
	}

	/**
	 * Requires the targets not linked yet to exist, so a join table without foreign keys
	 * never gets a dangling row.
	 */
	private void requireTargets(Relation relation, String operation, List<Object> targets, Set<Object> existing) {
		List<Object> unlinked = targets.stream().filter((key) -> !existing.contains(key)).toList();
		TargetKeyCheck.requireExisting(this.executor, this.conversions, relation, operation, unlinked);
	}

	/**
	 * Unlinks the owner from targets.
	 * @param relation a manyToMany relation
	 * @param ownerKey the owner's key
	 * @param ids the targets' keys; none is a no-op
	 * @return the number of join rows deleted
	 */
	public int detach(Relation relation, Object ownerKey, Collection<?> ids) {
		PivotSql sql = sql(relation, "detach");
		List<Object> targets = targetKeys(sql, ids);
		if (targets.isEmpty()) {
			return 0;
		}
		return this.transactions.execute(() -> {
			lock(relation, sql, ownerKey);
			return this.executor.update(statement(sql.delete(ownerKey, targets), relation));
		});
	}

	int detachUnlocked(Relation relation, Object ownerKey, List<Object> ids) {
		PivotSql sql = sql(relation, "disconnect");
		return this.executor.update(statement(sql.delete(ownerKey, targetKeys(sql, ids)), relation));
	}

	/**
	 * Unlinks the owner from every target.
	 * @param relation a manyToMany relation
	 * @param ownerKey the owner's key
	 * @return the number of join rows deleted
	 */
	public int detachAll(Relation relation, Object ownerKey) {
		PivotSql sql = sql(relation, "detachAll");
		return this.transactions.execute(() -> {
			lock(relation, sql, ownerKey);
			return this.executor.update(statement(sql.delete(ownerKey, null), relation));
		});
	}

	/**
	 * Makes the owner's targets exactly the given ones.
	 * @param relation a manyToMany relation
	 * @param ownerKey the owner's key
	 * @param ids the wanted targets' keys
	 * @param extras values of other join model properties for inserted rows
	 * @return the keys attached and detached, ascending
	 */
	public SyncResult sync(Relation relation, Object ownerKey, Collection<?> ids, Map<String, ?> extras) {
		PivotSql sql = sql(relation, "sync");
		List<Object> wanted = targetKeys(sql, ids);
		Map<ModelProperty, Object> extraValues = extras(relation, sql, extras);
		return this.transactions.execute(() -> {
			lock(relation, sql, ownerKey);
			Set<Object> existing = existing(sql, ownerKey);
			Set<Object> wantedSet = new HashSet<>(wanted);
			List<Object> detached = existing.stream().filter((key) -> !wantedSet.contains(key)).toList();
			if (!detached.isEmpty()) {
				this.executor.update(statement(sql.delete(ownerKey, detached), relation));
			}
			List<Object> attached = wanted.stream().filter((key) -> !existing.contains(key)).toList();
			requireTargets(relation, "sync", attached, Set.of());
			insertMissing(relation, sql, ownerKey, attached, extraValues, Set.of());
			return new SyncResult(ascending(attached), ascending(detached));
		});
	}

	/**
	 * Flips the link between the owner and each target.
	 * @param relation a manyToMany relation
	 * @param ownerKey the owner's key
	 * @param ids the targets' keys
	 * @return the keys attached and detached, ascending
	 */
	public SyncResult toggle(Relation relation, Object ownerKey, Collection<?> ids) {
		PivotSql sql = sql(relation, "toggle");
		List<Object> targets = targetKeys(sql, ids);
		return this.transactions.execute(() -> {
			lock(relation, sql, ownerKey);
			Set<Object> existing = existing(sql, ownerKey);
			List<Object> detached = targets.stream().filter(existing::contains).toList();
			List<Object> attached = targets.stream().filter((key) -> !existing.contains(key)).toList();
			requireTargets(relation, "toggle", attached, Set.of());
			if (!detached.isEmpty()) {
				this.executor.update(statement(sql.delete(ownerKey, detached), relation));
			}
			insertMissing(relation, sql, ownerKey, attached, Map.of(), Set.of());
			return new SyncResult(ascending(attached), ascending(detached));
		});
	}

	private int insertMissing(Relation relation, PivotSql sql, Object ownerKey, List<Object> targets,
			Map<ModelProperty, Object> extras, Set<Object> existing) {
		List<Object> missing = targets.stream().filter((key) -> !existing.contains(key)).toList();
		if (missing.isEmpty()) {
			return 0;
		}
		extras = withMorphType(relation, extras);
		boolean onConflict = this.executor.profile().dialect().supportsOnConflictDoNothing()
				&& uniquePair(relation, sql);
		Object owner = ownerKey;
		SqlRenderer renderer = this.executor.profile().renderer();
		List<List<Expression>> rows = new ArrayList<>(missing.size());
		RenderedSql first = null;
		for (Object target : missing) {
			Statement insert = onConflict ? sql.insertIgnoringConflicts(owner, target, extras)
					: sql.guardedInsert(owner, target, extras);
			RenderedSql rendered = renderer.render(insert);
			first = (first != null) ? first : rendered;
			rows.add(rendered.binds());
		}
		SqlStatement statement = new SqlStatement(first.sql(), first.binds(), sql.through().name(),
				EntityWriter.INSERT);
		if (rows.size() == 1) {
			this.executor.update(statement);
		}
		else if (onConflict || this.executor.profile().dialect().batchesInsertSelect()) {
			this.executor.batchUpdate(statement, rows);
		}
		else {
			for (List<Expression> row : rows) {
				this.executor.update(new SqlStatement(statement.sql(), row, statement.model(), statement.operation()));
			}
		}
		return missing.size();
	}

	private void lock(Relation relation, PivotSql sql, Object ownerKey) {
		RenderedSql rendered = this.executor.profile().renderer().render(sql.lockOwner(ownerKey));
		ModelProperty key = relation.sourceKey();
		List<Object[]> rows = this.executor.queryRows(SqlStatement.of(rendered, relation.source().name(), "select"),
				List.of(key.columnType()));
		if (rows.isEmpty()) {
			throw new IncorrectUpdateSemanticsDataAccessException(
					"No " + relation.source().name() + " with key " + ownerKey + " to " + relation.name() + " of");
		}
	}

	private Set<Object> existing(PivotSql sql, Object ownerKey) {
		RenderedSql rendered = this.executor.profile().renderer().render(sql.targets(ownerKey));
		Set<Object> keys = new LinkedHashSet<>();
		for (Object[] row : this.executor.queryRows(SqlStatement.of(rendered, sql.through().name(), "select"),
				List.of(sql.to().columnType()))) {
			keys.add(this.conversions.toPropertyValue(row[0], sql.to()));
		}
		return keys;
	}

	/**
	 * The join rows of a morphToMany or morphedByMany carry the type value in their type
	 * column.
	 */
	private static Map<ModelProperty, Object> withMorphType(Relation relation, Map<ModelProperty, Object> extras) {
		if (relation.morphType().isEmpty() || relation.morphValue().isEmpty()) {
			return extras;
		}
		Map<ModelProperty, Object> values = new LinkedHashMap<>(extras);
		values.put(relation.morphType().get(), relation.morphValue().get());
		return values;
	}

	private boolean uniquePair(Relation relation, PivotSql sql) {
		return this.uniquePairs.computeIfAbsent(relation, (r) -> this.executor.hasUniqueKey(sql.through().schemaName(),
				sql.through().table(), List.of(sql.from().column(), sql.to().column())));
	}

	private List<Object> targetKeys(PivotSql sql, Collection<?> ids) {
		// a set keeps de-duplication linear in the number of ids
		Set<Object> keys = new LinkedHashSet<>();
		for (Object id : ids) {
			if (id == null) {
				throw new OrmUsageException("A pivot operation got a null id; pass the keys of existing "
						+ sql.through().name() + " targets");
			}
			keys.add(this.conversions.toPropertyType(id, sql.to()));
		}
		return new ArrayList<>(keys);
	}

	private Map<ModelProperty, Object> extras(Relation relation, PivotSql sql, Map<String, ?> extras) {
		Map<ModelProperty, Object> values = new LinkedHashMap<>();
		extras.forEach((name, value) -> {
			ModelProperty property = sql.through().property(name);
			if (property.kind() != PropertyKind.COLUMN || property.equals(sql.from()) || property.equals(sql.to())
					|| relation.morphType().filter(property::equals).isPresent()) {
				throw new OrmUsageException(
						"Extra " + UserInput.quote(name) + " of " + relation.qualifiedName() + " must be another "
								+ "column of " + sql.through().name() + " than its two keys (and its type column)");
			}
			values.put(property, this.conversions.toPropertyType(value, property));
		});
		return values;
	}

	private PivotSql sql(Relation relation, String operation) {
		if (!relation.throughJoinModel()) {
			throw new OrmUsageException(operation + "(...) works on manyToMany relations; " + relation.qualifiedName()
					+ " is a " + relation.kind().label() + ": link rows with connect(\"" + relation.name()
					+ "\", ids) and disconnect(\"" + relation.name() + "\", ids) in a nested write");
		}
		return new PivotSql(relation, this.conversions);
	}

	private SqlStatement statement(Delete delete, Relation relation) {
		RenderedSql rendered = this.executor.profile().renderer().render(delete);
		return SqlStatement.of(rendered, relation.through().orElseThrow().name(), EntityWriter.DELETE);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Object> ascending(List<Object> keys) {
		List<Object> sorted = new ArrayList<>(keys);
		if (sorted.stream().allMatch((key) -> key instanceof Comparable)) {
			sorted.sort((a, b) -> ((Comparable) a).compareTo(b));
		}
		return sorted;
	}

}
