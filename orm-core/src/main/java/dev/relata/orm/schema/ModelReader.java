package dev.relata.orm.schema;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.exception.OrmSchemaException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a model class once, with reflection: records through their canonical constructor,
 * plain classes through their no-arg constructor and setters or fields. Everything
 * per-row is turned into method handles here.
 */
final class ModelReader {

	private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

	private ModelReader() {
	}

	static ModelSource read(Class<?> type) {
		String name = type.getSimpleName();
		if (type.isInterface() || type.isEnum() || type.isArray() || type.isPrimitive()
				|| Modifier.isAbstract(type.getModifiers())) {
			throw new OrmSchemaException(name + ": " + type.getName()
					+ " cannot be a model; use a record or a concrete class with a no-arg constructor");
		}
		return type.isRecord() ? readRecord(type) : readClass(type);
	}

	private static ModelSource readRecord(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Constructor<?> constructor = declaredConstructor(type, types);
		List<PropertySource> properties = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Method accessor = component.getAccessor();
			List<AnnotatedElement> elements = new ArrayList<>(List.of(component, accessor));
			elements.add(findField(type, component.getName()));
			List<Annotation> annotations = annotations(elements);
			merge(annotations, constructor.getParameters()[i].getAnnotations());
			PropertyAccessor propertyAccessor = new PropertyAccessor(name(type, component.getName()),
					unreflect(type, accessor), null);
			properties.add(new PropertySource(component.getName(), component.getType(), component.getGenericType(),
					annotations, propertyAccessor));
		}
		MethodHandle handle = unreflect(type, constructor);
		return new ModelSource(type, true, List.copyOf(properties),
				new Instantiator.ForRecord(type.getSimpleName(), List.of(types), handle));
	}

	private static ModelSource readClass(Class<?> type) {
		Constructor<?> constructor = declaredConstructor(type);
		List<PropertySource> properties = new ArrayList<>();
		for (Field field : propertyFields(type)) {
			properties.add(readField(type, field));
		}
		List<Class<?>> types = properties.stream().<Class<?>>map(PropertySource::type).toList();
		List<PropertyAccessor> accessors = properties.stream().map(PropertySource::accessor).toList();
		return new ModelSource(type, false, List.copyOf(properties),
				new Instantiator.ForClass(type.getSimpleName(), types, unreflect(type, constructor), accessors));
	}

	private static PropertySource readField(Class<?> type, Field field) {
		String property = field.getName();
		if (Modifier.isFinal(field.getModifiers())) {
			throw new OrmSchemaException(
					name(type, property) + ": a final field cannot be set when rows are read; remove 'final' or make "
							+ type.getSimpleName() + " a record");
		}
		Method getter = findGetter(type, field);
		Method setter = findMethod(type, "set" + capitalize(property), field.getType());
		List<AnnotatedElement> elements = new ArrayList<>();
		elements.add(field);
		if (getter != null) {
			elements.add(getter);
		}
		if (setter != null) {
			elements.add(setter);
		}
		MethodHandle read = (getter != null) ? unreflect(type, getter) : unreflectGetter(type, field);
		MethodHandle write = (setter != null) ? unreflect(type, setter).asType(PropertyAccessor.SETTER_TYPE)
				: unreflectSetter(type, field);
		PropertyAccessor accessor = new PropertyAccessor(name(type, property), read, write);
		return new PropertySource(property, field.getType(), field.getGenericType(), annotations(elements), accessor);
	}

	// Fields of the class and its superclasses, superclass fields first; static and
	// transient
	// fields are not properties.
	private static List<Field> propertyFields(Class<?> type) {
		Deque<Class<?>> hierarchy = new ArrayDeque<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			hierarchy.push(current);
		}
		List<Field> fields = new ArrayList<>();
		for (Class<?> current : hierarchy) {
			for (Field field : current.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	private static @Nullable Method findGetter(Class<?> type, Field field) {
		String suffix = capitalize(field.getName());
		Method getter = findMethod(type, "get" + suffix);
		if (getter == null && field.getType() == boolean.class) {
			getter = findMethod(type, "is" + suffix);
		}
		return (getter != null && getter.getReturnType() == field.getType()) ? getter : null;
	}

	private static @Nullable Method findMethod(Class<?> type, String name, Class<?>... parameterTypes) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			try {
				Method method = current.getDeclaredMethod(name, parameterTypes);
				return Modifier.isStatic(method.getModifiers()) ? null : method;
			}
			catch (NoSuchMethodException ex) {
				// look in the superclass
			}
		}
		return null;
	}

	private static Field findField(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("A record has a field per component", ex);
		}
	}

	private static Constructor<?> declaredConstructor(Class<?> type, Class<?>... parameterTypes) {
		try {
			return type.getDeclaredConstructor(parameterTypes);
		}
		catch (NoSuchMethodException ex) {
			String fix = (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))
					? "; make the nested class static" : "";
			throw new OrmSchemaException(type.getSimpleName()
					+ ": a model class needs a no-arg constructor (any visibility); add one or make it a record" + fix,
					ex);
		}
	}

	// One annotation per type: the first element that carries it wins.
	private static List<Annotation> annotations(List<AnnotatedElement> elements) {
		List<Annotation> annotations = new ArrayList<>();
		for (AnnotatedElement element : elements) {
			merge(annotations, element.getAnnotations());
		}
		return annotations;
	}

	private static void merge(List<Annotation> annotations, Annotation[] more) {
		Map<Class<?>, Annotation> byType = new LinkedHashMap<>();
		annotations.forEach((annotation) -> byType.put(annotation.annotationType(), annotation));
		for (Annotation annotation : more) {
			if (byType.putIfAbsent(annotation.annotationType(), annotation) == null) {
				annotations.add(annotation);
			}
		}
	}

	private static MethodHandle unreflect(Class<?> type, AccessibleObject member) {
		try {
			member.setAccessible(true);
			if (member instanceof Constructor<?> constructor) {
				return LOOKUP.unreflectConstructor(constructor);
			}
			return LOOKUP.unreflect((Method) member);
		}
		catch (IllegalAccessException | RuntimeException ex) {
			throw inaccessible(type, ex);
		}
	}

	private static MethodHandle unreflectGetter(Class<?> type, Field field) {
		try {
			field.setAccessible(true);
			return LOOKUP.unreflectGetter(field);
		}
		catch (IllegalAccessException | RuntimeException ex) {
			throw inaccessible(type, ex);
		}
	}

	private static MethodHandle unreflectSetter(Class<?> type, Field field) {
		try {
			field.setAccessible(true);
			return LOOKUP.unreflectSetter(field);
		}
		catch (IllegalAccessException | RuntimeException ex) {
			throw inaccessible(type, ex);
		}
	}

	private static OrmSchemaException inaccessible(Class<?> type, Exception ex) {
		return new OrmSchemaException(
				type.getSimpleName() + ": cannot access " + type.getName()
						+ "; open its package to Relata (module-info 'opens') or make it public: " + ex.getMessage(),
				ex);
	}

	private static String name(Class<?> type, String property) {
		return type.getSimpleName() + "." + property;
	}

	static String capitalize(String property) {
		return Character.toUpperCase(property.charAt(0)) + property.substring(1);
	}

}
