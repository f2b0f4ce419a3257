package dev.relata.orm.schema;

import java.lang.reflect.Type;

import org.jspecify.annotations.Nullable;

/**
 * A property of a model: its kind, Java type, column and options, and a precomputed
 * accessor. Immutable and built once, when the {@link OrmSchema} is built.
 */
public final class ModelProperty {

	private final String modelName;

	private final PropertySource source;

	private final int index;

	private final PropertyMapping mapping;

	ModelProperty(String modelName, PropertySource source, int index, PropertyMapping mapping) {
		this.modelName = modelName;
		this.source = source;
		this.index = index;
		this.mapping = mapping;
	}

	/**
	 * Returns the property name.
	 * @return the name as declared in Java
	 */
	public String name() {
		return this.source.name();
	}

	/**
	 * Returns the property as {@code Model.property}, as error messages name it.
	 * @return the qualified name, such as {@code User.roleId}
	 */
	public String qualifiedName() {
		return this.modelName + "." + name();
	}

	/**
	 * Returns the index of this property in {@link EntityModel#properties()}: the record
	 * component or field declaration order, as used by
	 * {@link EntityModel#instantiate(Object[])}.
	 * @return the index
	 */
	public int index() {
		return this.index;
	}

	/**
	 * Returns whether this is a column or a slot.
	 * @return the kind
	 */
	public PropertyKind kind() {
		return this.mapping.kind();
	}

	/**
	 * Returns the raw Java type of the property.
	 * @return the declared type
	 */
	public Class<?> javaType() {
		return this.source.type();
	}

	/**
	 * Returns the generic Java type of the property, such as {@code List<Post>}.
	 * @return the declared generic type
	 */
	public Type genericType() {
		return this.source.genericType();
	}

	/**
	 * Returns the column name.
	 * @return the column, null for relation and aggregate slots
	 */
	public @Nullable String column() {
		return this.mapping.column();
	}

	/**
	 * Returns the column options for DDL.
	 * @return the options, defaults for slots
	 */
	public ColumnOptions options() {
		return this.mapping.options();
	}

	/**
	 * Returns whether this property is the key or part of a composite key.
	 * @return whether it is a key property
	 */
	public boolean key() {
		return this.mapping.key();
	}

	/**
	 * Tells whether this is the deleted-at property of a model with soft deletes.
	 * @return whether it is annotated with {@link SoftDelete}
	 */
	public boolean softDelete() {
		return this.mapping.softDelete();
	}

	/**
	 * Tells whether this is the {@link Version} property.
	 * @return whether it is the optimistic-locking version
	 */
	public boolean version() {
		return this.mapping.version();
	}

	/**
	 * Returns whether the Java type is primitive, so the column must be NOT NULL.
	 * @return whether the type is primitive
	 */
	public boolean primitive() {
		return javaType().isPrimitive();
	}

	/**
	 * Returns the Java type stored in the column: the property type, or the converter's
	 * column type. Enums stay enums.
	 * @return the column's Java type
	 */
	public Class<?> columnType() {
		ValueConverter<Object, Object> converter = this.mapping.converter();
		return (converter != null) ? converter.columnType() : javaType();
	}

	/**
	 * Returns the converter registered for the property type.
	 * @return the converter, or null when the type is stored as is
	 */
	public @Nullable ValueConverter<Object, Object> converter() {
		return this.mapping.converter();
	}

	/**
	 * Reads this property from an entity through a precomputed method handle.
	 * @param entity an instance of the model
	 * @return the property value, may be null
	 */
	public @Nullable Object get(Object entity) {
		return this.source.accessor().get(entity);
	}

	void set(Object entity, @Nullable Object value) {
		this.source.accessor().set(entity, value);
	}

	PropertySource source() {
		return this.source;
	}

	@Override
	public String toString() {
		return qualifiedName();
	}

}
