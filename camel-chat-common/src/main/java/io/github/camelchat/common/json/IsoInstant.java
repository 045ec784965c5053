package io.github.camelchat.common.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * Marks a {@link java.time.Instant} record component to be written as an ISO-8601 string by any {@code ObjectMapper},
 * so a route's plain {@code .marshal().json()} works without the JSR-310 module. Reading is left to the component's
 * codec, which knows the wire's forms (epoch seconds, strings).
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = ToStringSerializer.class)
public @interface IsoInstant {
}
