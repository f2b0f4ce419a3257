package dev.relata.orm.schema;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

import dev.relata.orm.exception.OrmMappingException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one property through method handles looked up once, when the schema is
 * built.
 */
final class PropertyAccessor {

	static final MethodType GETTER_TYPE = MethodType.methodType(Object.class, Object.class);

	static final MethodType SETTER_TYPE = MethodType.methodType(void.class, Object.class, Object.class);

	private final String description;

	private final MethodHandle getter;

	private final @Nullable MethodHandle setter;

	/**
	 * @param description {@code Model.property}, for failures
	 * @param getter a handle of type {@code (Object)Object}
	 * @param setter a handle of type {@code (Object,Object)void}, null for records
	 */
	PropertyAccessor(String description, MethodHandle getter, @Nullable MethodHandle setter) {
		this.description = description;
		this.getter = getter.asType(GETTER_TYPE);
		this.setter = (setter != null) ? setter.asType(SETTER_TYPE) : null;
	}

	@Nullable Object get(Object entity) {
		try {
			return (Object) this.getter.invokeExact(entity);
		}
		catch (Throwable ex) {
			throw propagate(ex, "Cannot read " + this.description);
		}
	}

	void set(Object entity, @Nullable Object value) {
		if (this.setter == null) {
			throw new IllegalStateException(this.description + " is a record component and cannot be set");
		}
		try {
			this.setter.invokeExact(entity, value);
		}
		catch (Throwable ex) {
			throw propagate(ex, "Cannot set " + this.description);
		}
	}

	static RuntimeException propagate(Throwable ex, String message) {
		if (ex instanceof RuntimeException runtime) {
			return runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
		return new OrmMappingException(message + ": " + ex, ex);
	}

}
