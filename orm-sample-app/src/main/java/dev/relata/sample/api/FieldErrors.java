package dev.relata.sample.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Collects the problems of a request body, then throws them as one 400 problem: its
 * {@code field} property names the first field, its {@code errors} property lists every
 * field with its message.
 */
public final class FieldErrors {

	private final List<FieldError> errors = new ArrayList<>();

	/**
	 * Adds a problem.
	 * @param field the body field, such as {@code posts[1].tagIds}
	 * @param message what is wrong with it
	 * @return this
	 */
	public FieldErrors add(String field, String message) {
		this.errors.add(new FieldError(field, message));
		return this;
	}

	/**
	 * Throws the problems collected, if any.
	 * @throws ErrorResponseException a 400 problem listing them
	 */
	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem(this.errors), null);
		}
	}

	/**
	 * Returns the 400 problem of an invalid request body.
	 * @param errors the fields and their messages, at least one
	 * @return the problem
	 */
	public static ProblemDetail problem(List<FieldError> errors) {
		FieldError first = errors.get(0);
		String detail = (errors.size() == 1) ? first.field() + ": " + first.message() : "The request body has "
				+ errors.size() + " invalid fields; the first is " + first.field() + ": " + first.message();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request body");
		problem.setProperty("field", first.field());
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	/**
	 * One invalid field.
	 *
	 * @param field the field's path in the body
	 * @param message what is wrong with it
	 */
	public record FieldError(String field, String message) {
	}

}
