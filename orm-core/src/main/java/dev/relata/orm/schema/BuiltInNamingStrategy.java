package dev.relata.orm.schema;

/**
 * The naming strategies Relata ships.
 */
enum BuiltInNamingStrategy implements NamingStrategy {

	SNAKE_CASE {
		@Override
		public String columnName(String propertyName) {
			return snakeCase(propertyName);
		}
	},

	AS_IS {
		@Override
		public String columnName(String propertyName) {
			return propertyName;
		}
	};

	@Override
	public String tableName(Class<?> modelType) {
		return columnName(modelType.getSimpleName());
	}

	static String snakeCase(String name) {
		StringBuilder result = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				if (i > 0 && startsWord(name, i) && result.charAt(result.length() - 1) != '_') {
					result.append('_');
				}
				result.append(Character.toLowerCase(c));
			}
			else {
				result.append(c);
			}
		}
		return result.toString();
	}

	// An upper-case letter starts a word after a lower-case letter or digit, or when it
	// is the last
	// capital of an acronym followed by a lower-case letter (URLValue -> url_value).
	private static boolean startsWord(String name, int i) {
		char previous = name.charAt(i - 1);
		if (!Character.isUpperCase(previous)) {
			return previous != '_';
		}
		return i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
	}

}
