package dev.relata.orm.benchmarks.report;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's one Jackson mapper: JMH's result files, the statement census and the
 * allocation baseline are JSON arrays read into records. Properties the records do not
 * name are ignored (a JMH file has many).
 */
final class ReportJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ReportJson() {
	}

	/**
	 * Reads a JSON array.
	 * @param <T> the element type
	 * @param json the JSON text
	 * @param type the list type
	 * @param what what the text should be, for the error message
	 * @return the elements
	 * @throws IllegalArgumentException naming {@code what} and Jackson's complaint, when
	 * the text is not such an array
	 */
	static <T> T read(String json, TypeReference<T> type, String what) {
		try {
			T value = MAPPER.readValue(json, type);
			if (value == null) {
				throw new IllegalArgumentException("Not " + what + ": the JSON is null");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not " + what + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Writes a value as indented JSON.
	 * @param value the value
	 * @return the JSON text, ending with a line break
	 */
	static String write(Object value) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
	}

}
