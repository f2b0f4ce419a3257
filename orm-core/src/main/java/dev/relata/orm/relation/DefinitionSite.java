package dev.relata.orm.relation;

import java.util.Optional;
import java.util.Set;

/**
 * Finds where a relation is being defined (the first stack frame outside Relata's
 * definition classes), so that schema errors can point at the line:
 * {@code BlogRelations (BlogRelations.java:14)}.
 */
final class DefinitionSite {

	private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	// Matched by class, not by package name, so that code of any package (tests of this
	// package too) that defines relations is reported as the definition site.
	private static final Set<Class<?>> DEFINITION_CLASSES = Set.of(DefinitionSite.class, DeclaringRelationBuilder.class,
			RelationDefinitions.class, JoinModelOptionsSpec.class);

	private DefinitionSite() {
	}

	static String current() {
		Optional<StackWalker.StackFrame> frame = WALKER
			.walk((frames) -> frames.filter((f) -> !isDefinitionClass(f.getDeclaringClass())).findFirst());
		return frame.map(DefinitionSite::describe).orElse("unknown location");
	}

	private static boolean isDefinitionClass(Class<?> type) {
		return DEFINITION_CLASSES.contains(type.getNestHost());
	}

	private static String describe(StackWalker.StackFrame frame) {
		String className = frame.getClassName();
		String simpleName = className.substring(className.lastIndexOf('.') + 1);
		if (frame.getFileName() == null || frame.getLineNumber() < 0) {
			return simpleName;
		}
		return simpleName.replaceAll("\\$.*", "") + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
	}

}
