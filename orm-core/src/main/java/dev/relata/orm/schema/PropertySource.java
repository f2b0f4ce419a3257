package dev.relata.orm.schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A property as read from a model class, before the schema decides its kind and column.
 *
 * @param name the property name
 * @param type the raw Java type
 * @param genericType the generic Java type
 * @param annotations the annotations of the component, field and accessors, one per type
 * @param accessor reads (and for classes writes) the property
 */
record PropertySource(String name, Class<?> type, Type genericType, List<Annotation> annotations,
		PropertyAccessor accessor) {

	<A extends Annotation> @Nullable A annotation(Class<A> annotationType) {
		for (Annotation annotation : this.annotations) {
			if (annotationType.isInstance(annotation)) {
				return annotationType.cast(annotation);
			}
		}
		return null;
	}

	boolean has(Class<? extends Annotation> annotationType) {
		return annotation(annotationType) != null;
	}

}
