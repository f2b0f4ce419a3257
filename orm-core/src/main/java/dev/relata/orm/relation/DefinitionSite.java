package dev.relata.orm.relation;

import java.util.Optional;

/**
 * Finds where a relation is being defined (the first stack frame outside Relata), so that
 * schema errors can point at the line: {@code BlogRelations.java:14}.
 */
final class DefinitionSite {

	private static final StackWalker WALKER = StackWalker.getInstance();

	private DefinitionSite() {
	}

	static String current() {
		Optional<StackWalker.StackFrame> frame = WALKER.walk(
				(frames) -> frames.filter((f) -> !f.getClassName().startsWith("dev.relata.orm.relation.")).findFirst());
		return frame.map(DefinitionSite::describe).orElse("unknown location");
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
