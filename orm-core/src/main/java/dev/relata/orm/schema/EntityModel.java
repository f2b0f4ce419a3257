package dev.relata.orm.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.exception.UnknownPropertyException;
import org.jspecify.annotations.Nullable;

/**
 * A model of the schema: its table, properties, keys and version, and precomputed ways to
 * read, create and copy instances. Immutable; built once by
 * {@link OrmSchema.Builder#build()}.
 *
 * @param <T> the model type
 */
public final class EntityModel<T> {

	private final Class<T> type;

	private final @Nullable String schemaName;

	private final String table;

	private final List<ModelProperty> properties;

	private final List<ModelProperty> columns;

	private final List<ModelProperty> keys;

	private final @Nullable ModelProperty version;

	private final @Nullable ModelProperty softDelete;

	private final Map<String, ModelProperty> byName = new HashMap<>();

	private final Map<String, ModelProperty> byColumn = new HashMap<>();

	private final Instantiator instantiator;

	private final boolean record;

	EntityModel(Class<T> type, @Nullable String schemaName, String table, List<ModelProperty> properties,
			Instantiator instantiator, boolean record) {
		this.type = type;
		this.schemaName = schemaName;
		this.table = table;
		this.properties = List.copyOf(properties);
		this.columns = properties.stream().filter((p) -> p.kind() == PropertyKind.COLUMN).toList();
		this.keys = properties.stream().filter(ModelProperty::key).toList();
		this.version = properties.stream().filter(ModelProperty::version).findFirst().orElse(null);
		this.softDelete = properties.stream().filter(ModelProperty::softDelete).findFirst().orElse(null);
		this.instantiator = instantiator;
		this.record = record;
		for (ModelProperty property : properties) {
			this.byName.put(property.name(), property);
			if (property.column() != null) {
				this.byColumn.putIfAbsent(property.column(), property);
			}
		}
	}

	/**
	 * Returns the model type.
	 * @return the record or class
	 */
	public Class<T> type() {
		return this.type;
	}

	/**
	 * Returns the model name used in messages: the simple class name.
	 * @return the simple name, such as {@code User}
	 */
	public String name() {
		return this.type.getSimpleName();
	}

	/**
	 * Returns the database schema of the table.
	 * @return the schema from {@link Table#schema()}, or null for the default schema
	 */
	public @Nullable String schemaName() {
		return this.schemaName;
	}

	/**
	 * Returns the table name, unquoted and unfolded.
	 * @return the table name
	 */
	public String table() {
		return this.table;
	}

	/**
	 * Returns every property, slots included, in index order.
	 * @return the properties
	 */
	public List<ModelProperty> properties() {
		return this.properties;
	}

	/**
	 * Returns the properties of kind {@link PropertyKind#COLUMN}, in index order.
	 * @return the column properties
	 */
	public List<ModelProperty> columns() {
		return this.columns;
	}

	/**
	 * Returns the key properties, in index order; more than one for a composite key.
	 * @return the key properties, never empty
	 */
	public List<ModelProperty> keys() {
		return this.keys;
	}

	/**
	 * Returns the optimistic-locking version property.
	 * @return the {@link Version} property, if any
	 */
	public Optional<ModelProperty> version() {
		return Optional.ofNullable(this.version);
	}

	/**
	 * Returns the deleted-at property of a model with soft deletes.
	 * @return the {@link SoftDelete} property, if any
	 */
	public Optional<ModelProperty> softDelete() {
		return Optional.ofNullable(this.softDelete);
	}

	/**
	 * Returns whether the key has several properties; its values are then {@link Key}s.
	 * @return whether the key is composite
	 */
	public boolean compositeKey() {
		return this.keys.size() > 1;
	}

	/**
	 * Returns whether the database may generate the key: a single key of a non-primitive
	 * type. It does so for an insert whose key value is null.
	 * @return whether the key can be generated
	 */
	public boolean generatedKey() {
		return this.keys.size() == 1 && !this.keys.get(0).primitive();
	}

	/**
	 * Returns a property by its name or, failing that, by its column name.
	 * @param nameOrColumn a property name ({@code roleId}) or column name
	 * ({@code role_id})
	 * @return the property
	 * @throws UnknownPropertyException naming what the model has
	 */
	public ModelProperty property(String nameOrColumn) {
		return findProperty(nameOrColumn).orElseThrow(() -> new UnknownPropertyException(name(), nameOrColumn,
				this.properties.stream().map(EntityModel::describe).toList()));
	}

	/**
	 * Finds a property by its name or, failing that, by its column name.
	 * @param nameOrColumn a property or column name
	 * @return the property, or empty
	 */
	public Optional<ModelProperty> findProperty(String nameOrColumn) {
		ModelProperty property = this.byName.get(nameOrColumn);
		return Optional.ofNullable((property != null) ? property : this.byColumn.get(nameOrColumn));
	}

	/**
	 * Creates an instance from values indexed like {@link #properties()}: a record
	 * through its canonical constructor, a class through its no-arg constructor and
	 * setters or fields. A null for a primitive property becomes its default; callers
	 * check NOT NULL columns before.
	 * @param valuesByPropertyIndex one value per property, slots included
	 * @return the new instance
	 */
	public T instantiate(@Nullable Object[] valuesByPropertyIndex) {
		return this.type.cast(this.instantiator.instantiate(valuesByPropertyIndex));
	}

	/**
	 * Returns the entity with one property changed: a copy for a record, the same
	 * instance with the property set for a class.
	 * @param entity the entity
	 * @param property a property of this model
	 * @param value the new value
	 * @return the changed entity
	 */
	public T with(T entity, ModelProperty property, @Nullable Object value) {
		checkOwn(property);
		if (!this.record) {
			property.set(entity, value);
			return entity;
		}
		Object[] values = new Object[this.properties.size()];
		for (ModelProperty each : this.properties) {
			values[each.index()] = each.get(entity);
		}
		values[property.index()] = value;
		return instantiate(values);
	}

	/**
	 * Returns the key value of an entity.
	 * @param entity the entity
	 * @return the single key value, a {@link Key} for a composite key, or null when a key
	 * value is null
	 */
	public @Nullable Object keyValue(T entity) {
		if (!compositeKey()) {
			return this.keys.get(0).get(entity);
		}
		Object[] values = new Object[this.keys.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.keys.get(i).get(entity);
			if (values[i] == null) {
				return null;
			}
		}
		return Key.of(values);
	}

	private void checkOwn(ModelProperty property) {
		if (property.index() >= this.properties.size() || this.properties.get(property.index()) != property) {
			throw new IllegalArgumentException(property.qualifiedName() + " is not a property of " + name());
		}
	}

	private static String describe(ModelProperty property) {
		String column = property.column();
		return (column == null || column.equals(property.name())) ? property.name()
				: column + " (" + property.name() + ")";
	}

	@Override
	public String toString() {
		return name() + " -> " + this.table;
	}

}
