package dev.relata.orm.ddl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import dev.relata.orm.exception.OrmSchemaException;

/**
 * The constraint and index names of one schema: given names are checked, generated ones
 * are cut to {@value OrmDdl#MAX_NAME_BYTES} bytes with a hash of the full name and made
 * unique with a counter. Names are compared case-insensitively, as unquoted DDL would.
 */
final class DdlNames {

	private static final int HASH_LENGTH = 8;

	private final Map<String, String> owners = new HashMap<>();

	/**
	 * Reserves a name the definitions gave.
	 * @throws OrmSchemaException if it is too long or already given to another key
	 */
	void reserve(String name, String owner) {
		if (bytes(name) > OrmDdl.MAX_NAME_BYTES) {
			throw new OrmSchemaException("The constraint name '" + name + "' of " + owner + " is " + bytes(name)
					+ " bytes long; databases keep at most " + OrmDdl.MAX_NAME_BYTES
					+ " (PostgreSQL cuts it silently); give a shorter constraintName(...)");
		}
		String previous = this.owners.putIfAbsent(key(name), owner);
		if (previous != null) {
			throw new OrmSchemaException("The constraint name '" + name + "' is given to both " + previous + " and "
					+ owner + "; give each foreign key its own constraintName(...)");
		}
	}

	/**
	 * Generates a name from a base: cut to fit and, when taken, numbered.
	 */
	String generate(String base, String owner) {
		String name = fit(base);
		for (int n = 2; this.owners.containsKey(key(name)); n++) {
			name = fit(base + "_" + n);
		}
		this.owners.put(key(name), owner);
		return name;
	}

	/**
	 * Returns the name unchanged when it fits, else its longest prefix that fits before
	 * {@code _} and the first 8 hex digits of the SHA-256 of the full name.
	 */
	static String fit(String name) {
		if (bytes(name) <= OrmDdl.MAX_NAME_BYTES) {
			return name;
		}
		int budget = OrmDdl.MAX_NAME_BYTES - HASH_LENGTH - 1;
		StringBuilder prefix = new StringBuilder();
		int used = 0;
		for (int i = 0; i < name.length();) {
			int codePoint = name.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > budget) {
				break;
			}
			prefix.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
		return prefix + "_" + hash(name);
	}

	static int bytes(String name) {
		return name.getBytes(StandardCharsets.UTF_8).length;
	}

	private static String hash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
