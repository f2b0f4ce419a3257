package dev.relata.orm.schema;

import org.jspecify.annotations.Nullable;

/**
 * What the schema decided for a property: its kind, column and role.
 *
 * @param kind the property kind
 * @param column the column name, null for slots
 * @param options the column options
 * @param key whether the property is (part of) the key
 * @param version whether the property is the version
 * @param converter the converter for its type, or null
 */
record PropertyMapping(PropertyKind kind, @Nullable String column, ColumnOptions options, boolean key, boolean version,
		@Nullable ValueConverter<Object, Object> converter, boolean softDelete) {

}
