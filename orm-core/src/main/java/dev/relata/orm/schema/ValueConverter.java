package dev.relata.orm.schema;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Converts a property of a type the ORM does not support to a supported column type and
 * back. Register converters with {@link OrmSchema.Builder#converters(ValueConverter...)};
 * a property whose type is {@link #modelType()} is then stored as {@link #columnType()}.
 *
 * @param <M> the property (model) type
 * @param <C> the column type, itself a supported type
 */
public interface ValueConverter<M, C> {

	/**
	 * Returns the property type this converter handles.
	 * @return the model type
	 */
	Class<M> modelType();

	/**
	 * Returns the supported type the values are stored as.
	 * @return the column type
	 */
	Class<C> columnType();

	/**
	 * Converts a property value to its column value.
	 * @param value the property value, may be null
	 * @return the column value, null for null
	 */
	@Nullable C toColumn(@Nullable M value);

	/**
	 * Converts a column value to its property value.
	 * @param value the column value, may be null
	 * @return the property value, null for null
	 */
	@Nullable M toModel(@Nullable C value);

	/**
	 * Creates a converter from two functions. Null is passed through as null; the
	 * functions never see it.
	 * @param <M> the model type
	 * @param <C> the column type
	 * @param modelType the property type
	 * @param columnType the supported column type
	 * @param toColumn converts a non-null property value
	 * @param toModel converts a non-null column value
	 * @return the converter
	 */
	static <M, C> ValueConverter<M, C> of(Class<M> modelType, Class<C> columnType, Function<M, C> toColumn,
			Function<C, M> toModel) {
		return new FunctionValueConverter<>(modelType, columnType, toColumn, toModel);
	}

}
