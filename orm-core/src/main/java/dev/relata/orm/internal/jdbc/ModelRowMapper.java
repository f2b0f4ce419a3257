package dev.relata.orm.internal.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.PropertyKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;

/**
 * A Spring {@link RowMapper} for hand-written SQL: maps result columns to a model's
 * properties by label (column name or property name, case-insensitive), converting values
 * through the same table as every other read. Columns that match no property are ignored;
 * properties without a column stay {@code null}. The mapping is worked out once per
 * result set; instances are thread-safe.
 *
 * @param <T> the model type
 */
public final class ModelRowMapper<T> implements RowMapper<T> {

	private final EntityModel<T> model;

	private final StatementExecutor executor;

	private volatile @Nullable Cached<T> cached;

	/**
	 * Creates a row mapper.
	 * @param model the model rows map to
	 * @param executor gives the value table of the database
	 */
	public ModelRowMapper(EntityModel<T> model, StatementExecutor executor) {
		this.model = model;
		this.executor = executor;
	}

	@Override
	public T mapRow(ResultSet resultSet, int rowNum) throws SQLException {
		Cached<T> current = this.cached;
		if (current == null || current.resultSet != resultSet) {
			current = new Cached<>(resultSet, plan(resultSet.getMetaData()));
			this.cached = current;
		}
		Plan<T> plan = current.plan;
		Object[] row = new Object[plan.positions.length];
		for (int i = 0; i < row.length; i++) {
			row[i] = plan.codecs[i].read(resultSet, plan.positions[i]);
		}
		return plan.factory.create(row);
	}

	private Plan<T> plan(ResultSetMetaData metaData) throws SQLException {
		List<ModelProperty> columns = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			Optional<ModelProperty> property = match(metaData.getColumnLabel(i));
			if (property.isPresent() && !columns.contains(property.get())) {
				columns.add(property.get());
				positions.add(i);
			}
		}
		if (columns.isEmpty()) {
			throw new OrmUsageException("No column of the result matches a property of " + this.model.name()
					+ "; select columns named like its columns: "
					+ String.join(", ", this.model.columns().stream().map(ModelProperty::column).toList()));
		}
		JdbcValueTable table = this.executor.valueTable();
		ValueCodec[] codecs = new ValueCodec[columns.size()];
		int[] indexes = new int[columns.size()];
		for (int i = 0; i < codecs.length; i++) {
			codecs[i] = table.codec(columns.get(i).columnType());
			indexes[i] = positions.get(i);
		}
		return new Plan<>(EntityRowFactory.of(this.model, columns), codecs, indexes);
	}

	private Optional<ModelProperty> match(String label) {
		String wanted = label.toLowerCase(Locale.ROOT);
		for (ModelProperty property : this.model.properties()) {
			if (property.kind() == PropertyKind.COLUMN && property.column() != null
					&& (property.column().toLowerCase(Locale.ROOT).equals(wanted)
							|| property.name().toLowerCase(Locale.ROOT).equals(wanted))) {
				return Optional.of(property);
			}
		}
		return Optional.empty();
	}

	private record Plan<T>(EntityRowFactory<T> factory, ValueCodec[] codecs, int[] positions) {
	}

	private record Cached<T>(ResultSet resultSet, Plan<T> plan) {
	}

}
