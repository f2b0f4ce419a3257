package dev.relata.orm.internal.jdbc;

import java.util.List;

import dev.relata.orm.exception.OrmMappingException;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.ValueConverter;
import org.jspecify.annotations.Nullable;

/**
 * Builds model instances from rows of column values, for one model and one list of
 * selected columns. Everything per column is worked out once here (property index,
 * converter, whether a NULL is allowed), so building a row is array work only.
 *
 * @param <T> the model type
 */
public final class EntityRowFactory<T> {

	private final EntityModel<T> model;

	private final int[] propertyIndexes;

	private final @Nullable ValueConverter<Object, Object>[] converters;

	private final boolean[] primitives;

	private final List<ModelProperty> columns;

	private final int propertyCount;

	/**
	 * Whether the selected columns are the model's first properties in order, without
	 * converters: a row as wide as the model then is its own constructor arguments.
	 */
	private final boolean inPlace;

	@SuppressWarnings("unchecked")
	private EntityRowFactory(EntityModel<T> model, List<ModelProperty> columns) {
		this.model = model;
		this.columns = List.copyOf(columns);
		this.propertyCount = model.properties().size();
		this.propertyIndexes = new int[columns.size()];
		this.converters = new ValueConverter[columns.size()];
		this.primitives = new boolean[columns.size()];
		boolean inPlace = true;
		for (int i = 0; i < columns.size(); i++) {
			ModelProperty property = columns.get(i);
			this.propertyIndexes[i] = property.index();
			this.converters[i] = property.converter();
			this.primitives[i] = property.primitive();
			inPlace &= property.index() == i && property.converter() == null;
		}
		this.inPlace = inPlace;
	}

	/**
	 * Creates a factory for rows holding the given columns, in that order.
	 * @param <T> the model type
	 * @param model the model
	 * @param columns the selected column properties, in select order
	 * @return the factory
	 */
	public static <T> EntityRowFactory<T> of(EntityModel<T> model, List<ModelProperty> columns) {
		return new EntityRowFactory<>(model, columns);
	}

	/**
	 * Returns the column properties this factory reads, in select order.
	 * @return the columns
	 */
	public List<ModelProperty> columns() {
		return this.columns;
	}

	/**
	 * Returns the Java type of each column as the database delivers it, in select order.
	 * @return the column types
	 */
	public List<Class<?>> columnTypes() {
		return this.columns.stream().<Class<?>>map(ModelProperty::columnType).toList();
	}

	/**
	 * Returns the width to read rows with so that {@link #create} builds instances in the
	 * row itself: the model's property count when the selected columns are its first
	 * properties in order without converters, else the number of columns.
	 * @return the row width
	 */
	public int width() {
		return this.inPlace ? this.propertyCount : this.columns.size();
	}

	/**
	 * Builds one instance from a row. Properties that were not selected stay {@code null}
	 * (or the primitive default); slots stay {@code null}. A row of {@link #width()}
	 * becomes the constructor's arguments itself, so it must not be used afterwards.
	 * @param row the column values, in select order
	 * @return the instance
	 */
	public T create(@Nullable Object[] row) {
		return this.model.instantiate(values(row));
	}

	/**
	 * Builds one instance from a row and the values of its relation slots.
	 * @param row the column values, in select order
	 * @param slotIndexes the property index of each slot
	 * @param slotValues the value of each slot: a list for a to-many, an instance or
	 * {@code null}
	 * @return the instance
	 */
	public T create(@Nullable Object[] row, int[] slotIndexes, @Nullable Object[] slotValues) {
		@Nullable Object[] values = values(row);
		for (int i = 0; i < slotIndexes.length; i++) {
			values[slotIndexes[i]] = slotValues[i];
		}
		return this.model.instantiate(values);
	}

	private @Nullable Object[] values(@Nullable Object[] row) {
		if (this.inPlace && row.length == this.propertyCount) {
			for (int i = 0; i < this.primitives.length; i++) {
				if (this.primitives[i] && row[i] == null) {
					throw nullPrimitive(this.columns.get(i));
				}
			}
			return row;
		}
		Object[] values = new Object[this.propertyCount];
		for (int i = 0; i < this.propertyIndexes.length; i++) {
			Object value = row[i];
			ValueConverter<Object, Object> converter = this.converters[i];
			if (converter != null) {
				value = converter.toModel(value);
			}
			if (value == null && this.primitives[i]) {
				throw nullPrimitive(this.columns.get(i));
			}
			values[this.propertyIndexes[i]] = value;
		}
		return values;
	}

	private OrmMappingException nullPrimitive(ModelProperty property) {
		return new OrmMappingException("Column " + property.column() + " is NULL, but " + this.model.name() + "."
				+ property.name() + " is a primitive " + property.javaType().getName()
				+ "; use its wrapper type for a nullable column");
	}

}
