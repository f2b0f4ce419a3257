package dev.relata.orm.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Turns a {@link DatabaseTest} method into one invocation per database, named
 * {@code [PostgreSQL]}, so that reports show {@code method(TestDatabase)[PostgreSQL]}.
 * Each invocation skips (or, when {@link RequiredDatabases required}, fails) if its
 * database has no server, and resolves a {@link TestDatabase} parameter to the test
 * class's own schema or database, kept in the class's extension store and dropped when
 * the class finishes.
 */
public final class DatabaseInvocationProvider implements TestTemplateInvocationContextProvider {

	private static final Namespace NAMESPACE = Namespace.create(DatabaseInvocationProvider.class);

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return AnnotationSupport.isAnnotated(context.getTestMethod(), DatabaseTest.class);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		Method method = context.getRequiredTestMethod();
		DatabaseTest annotation = AnnotationSupport.findAnnotation(method, DatabaseTest.class).orElseThrow();
		List<DatabaseKind> only = Arrays.asList(annotation.only());
		List<DatabaseKind> exclude = Arrays.asList(annotation.exclude());
		return Arrays.stream(DatabaseKind.values())
			.filter((kind) -> only.isEmpty() || only.contains(kind))
			.filter((kind) -> !exclude.contains(kind))
			.map(DatabaseInvocation::new);
	}

	private record DatabaseInvocation(
			DatabaseKind kind) implements TestTemplateInvocationContext, BeforeEachCallback, ParameterResolver {

		@Override
		public String getDisplayName(int invocationIndex) {
			return "[" + this.kind.displayName() + "]";
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(this);
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			DatabaseProvisioner.Provision provision = DatabaseProvisioner.provision(this.kind);
			if (!provision.isAvailable()) {
				if (RequiredDatabases.enabled()) {
					throw new IllegalStateException(provision.unavailableMessage() + " Failing because "
							+ RequiredDatabases.ENVIRONMENT_VARIABLE + " or " + RequiredDatabases.SYSTEM_PROPERTY
							+ " is true.");
				}
				throw new TestAbortedException(provision.unavailableMessage() + " Set "
						+ RequiredDatabases.ENVIRONMENT_VARIABLE + "=true to fail instead of skipping.");
			}
		}

		@Override
		public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
			return parameterContext.getParameter().getType() == TestDatabase.class;
		}

		@Override
		public TestDatabase resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
			ExtensionContext classContext = extensionContext;
			while (classContext.getTestMethod().isPresent()) {
				classContext = classContext.getParent().orElseThrow();
			}
			Class<?> testClass = classContext.getRequiredTestClass();
			ServerEndpoint server = DatabaseProvisioner.provision(this.kind).endpoint();
			// Stores fall back to their parents': key by class too, so a nested class
			// gets its own.
			return classContext.getStore(NAMESPACE)
				.computeIfAbsent(List.of(testClass, this.kind), (key) -> ClassDatabase.create(server, testClass),
						ClassDatabase.class);
		}

	}

}
