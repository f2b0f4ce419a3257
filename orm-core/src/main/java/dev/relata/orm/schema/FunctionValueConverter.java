package dev.relata.orm.schema;

import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A {@link ValueConverter} made of two functions; null passes through.
 */
record FunctionValueConverter<M, C>(Class<M> modelType, Class<C> columnType, Function<M, C> toColumnFunction,
		Function<C, M> toModelFunction) implements ValueConverter<M, C> {

	FunctionValueConverter {
		Objects.requireNonNull(modelType, "modelType");
		Objects.requireNonNull(columnType, "columnType");
		Objects.requireNonNull(toColumnFunction, "toColumn");
		Objects.requireNonNull(toModelFunction, "toModel");
	}

	@Override
	public @Nullable C toColumn(@Nullable M value) {
		return (value != null) ? this.toColumnFunction.apply(value) : null;
	}

	@Override
	public @Nullable M toModel(@Nullable C value) {
		return (value != null) ? this.toModelFunction.apply(value) : null;
	}

}
