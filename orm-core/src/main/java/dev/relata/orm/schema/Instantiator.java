package dev.relata.orm.schema;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Creates model instances from values indexed like the model's properties, with handles
 * looked up once. A null for a primitive property becomes the primitive's default value.
 */
abstract sealed class Instantiator permits Instantiator.ForRecord, Instantiator.ForClass {

	final String modelName;

	private final @Nullable Object[] defaults;

	Instantiator(String modelName, List<Class<?>> propertyTypes) {
		this.modelName = modelName;
		this.defaults = propertyTypes.stream().map(SupportedTypes::defaultValue).toArray();
	}

	abstract Object instantiate(@Nullable Object[] values);

	final @Nullable Object valueOrDefault(@Nullable Object[] values, int index) {
		Object value = values[index];
		return (value != null) ? value : this.defaults[index];
	}

	final boolean hasDefault(int index) {
		return this.defaults[index] != null;
	}

	final void checkLength(@Nullable Object[] values) {
		if (values.length != this.defaults.length) {
			throw new IllegalArgumentException(this.modelName + " has " + this.defaults.length + " properties but got "
					+ values.length + " values");
		}
	}

	/**
	 * Calls a record's canonical constructor through a spreading handle.
	 */
	static final class ForRecord extends Instantiator {

		private final MethodHandle constructor;

		ForRecord(String modelName, List<Class<?>> propertyTypes, MethodHandle canonicalConstructor) {
			super(modelName, propertyTypes);
			int count = propertyTypes.size();
			this.constructor = canonicalConstructor.asType(MethodType.genericMethodType(count))
				.asSpreader(Object[].class, count);
		}

		@Override
		Object instantiate(@Nullable Object[] values) {
			checkLength(values);
			// The spreader reads the array and keeps nothing: pass the caller's values,
			// copied only when a primitive's null must become its default.
			Object[] arguments = values;
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null && hasDefault(i)) {
					if (arguments == values) {
						arguments = values.clone();
					}
					arguments[i] = valueOrDefault(values, i);
				}
			}
			try {
				return (Object) this.constructor.invokeExact(arguments);
			}
			catch (Throwable ex) {
				throw PropertyAccessor.propagate(ex, "Cannot create " + this.modelName);
			}
		}

	}

	/**
	 * Calls a class's no-arg constructor, then sets every property.
	 */
	static final class ForClass extends Instantiator {

		private final MethodHandle constructor;

		private final List<PropertyAccessor> accessors;

		ForClass(String modelName, List<Class<?>> propertyTypes, MethodHandle noArgConstructor,
				List<PropertyAccessor> accessors) {
			super(modelName, propertyTypes);
			this.constructor = noArgConstructor.asType(MethodType.methodType(Object.class));
			this.accessors = List.copyOf(accessors);
		}

		@Override
		Object instantiate(@Nullable Object[] values) {
			checkLength(values);
			Object entity;
			try {
				entity = (Object) this.constructor.invokeExact();
			}
			catch (Throwable ex) {
				throw PropertyAccessor.propagate(ex, "Cannot create " + this.modelName);
			}
			for (int i = 0; i < values.length; i++) {
				this.accessors.get(i).set(entity, valueOrDefault(values, i));
			}
			return entity;
		}

	}

}
