package dev.relata.orm.schema;

import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import dev.relata.orm.exception.OrmUsageException;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@link PropertyRef} method references ({@code User::name},
 * {@code Post::getUserId}, {@code User::isActive}) to the model type and property they
 * name. The answer is cached per method-reference class, so a call site is inspected
 * once.
 */
public final class PropertyReferences {

	private static final String HINT = "use a method reference to a property accessor such as User::name, "
			+ "User::getName or User::isActive";

	private static final ClassValue<AtomicReference<ResolvedRef>> CACHE = new ClassValue<>() {
		@Override
		protected AtomicReference<ResolvedRef> computeValue(Class<?> type) {
			return new AtomicReference<>();
		}
	};

	private PropertyReferences() {
	}

	/**
	 * Resolves a method reference to its model type and property name.
	 * @param <T> the model type
	 * @param <V> the property type
	 * @param ref a method reference to a record accessor, a {@code getX} getter or a
	 * boolean {@code isX} getter
	 * @return the model type (the type the reference was written against) and the
	 * property name
	 * @throws OrmUsageException for a lambda or a method that is not a property accessor
	 */
	public static <T, V> ResolvedRef resolve(PropertyRef<T, V> ref) {
		AtomicReference<ResolvedRef> cached = CACHE.get(ref.getClass());
		ResolvedRef resolved = cached.get();
		if (resolved == null) {
			resolved = resolve(serialize(ref), ref.getClass().getClassLoader());
			cached.set(resolved);
		}
		return resolved;
	}

	private static SerializedLambda serialize(PropertyRef<?, ?> ref) {
		try {
			Method writeReplace = ref.getClass().getDeclaredMethod("writeReplace");
			writeReplace.setAccessible(true);
			if (writeReplace.invoke(ref) instanceof SerializedLambda lambda) {
				return lambda;
			}
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new OrmUsageException(ref.getClass().getName() + " is not a method reference; " + HINT, ex);
		}
		throw new OrmUsageException(ref.getClass().getName() + " is not a method reference; " + HINT);
	}

	private static ResolvedRef resolve(SerializedLambda lambda, ClassLoader loader) {
		String method = lambda.getImplMethodName();
		if (method.startsWith("lambda$")) {
			throw new OrmUsageException("A lambda cannot name a property; " + HINT);
		}
		int kind = lambda.getImplMethodKind();
		boolean instanceMethod = kind == MethodHandleInfo.REF_invokeVirtual
				|| kind == MethodHandleInfo.REF_invokeInterface;
		if (!instanceMethod || lambda.getCapturedArgCount() != 0 || !lambda.getImplMethodSignature().startsWith("()")) {
			throw new OrmUsageException(
					lambda.getImplClass().replace('/', '.') + "::" + method + " is not a property accessor; " + HINT);
		}
		Class<?> owner = ownerType(lambda, loader);
		String returnType = lambda.getImplMethodSignature().substring(2);
		String property = propertyName(owner, method, returnType);
		if (property == null) {
			throw new OrmUsageException(owner.getSimpleName() + "::" + method + " is not a property accessor; " + HINT);
		}
		return new ResolvedRef(owner, property);
	}

	// The instantiated type names the type the reference was written against
	// (Admin::getName), not
	// the type declaring the method (a superclass).
	private static Class<?> ownerType(SerializedLambda lambda, ClassLoader loader) {
		String descriptor = lambda.getInstantiatedMethodType();
		if (!descriptor.startsWith("(L")) {
			throw new OrmUsageException(lambda.getImplMethodName() + " on " + descriptor
					+ " is not a property accessor of a model; " + HINT);
		}
		String internalName = descriptor.substring(descriptor.indexOf("(L") + 2, descriptor.indexOf(';'));
		try {
			return Class.forName(internalName.replace('/', '.'), false, loader);
		}
		catch (ClassNotFoundException ex) {
			throw new OrmUsageException("Cannot load the owner type " + internalName + " of a property reference", ex);
		}
	}

	private static @Nullable String propertyName(Class<?> owner, String method, String returnType) {
		if (owner.isRecord()
				&& Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).anyMatch(method::equals)) {
			return method;
		}
		if (isAccessor(method, "get") && !returnType.equals("V")) {
			return decapitalize(method.substring(3));
		}
		if (isAccessor(method, "is") && returnType.equals("Z")) {
			return decapitalize(method.substring(2));
		}
		return null;
	}

	private static boolean isAccessor(String method, String prefix) {
		return method.length() > prefix.length() && method.startsWith(prefix)
				&& Character.isUpperCase(method.charAt(prefix.length()));
	}

	// As java.beans.Introspector: getURL -> URL, getRoleId -> roleId.
	static String decapitalize(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * A resolved property reference.
	 *
	 * @param owner the model type the reference was written against
	 * @param property the property name
	 */
	public record ResolvedRef(Class<?> owner, String property) {

	}

}
