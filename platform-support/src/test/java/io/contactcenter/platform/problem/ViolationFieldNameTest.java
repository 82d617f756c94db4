package io.contactcenter.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A violation names the field as the body writes it, the same way the JSON reader's problems do. */
class ViolationFieldNameTest {

    record Step(@NotNull String expression) {
    }

    record Queue(@NotBlank String name, List<@Valid Step> relaxation, List<@NotBlank String> members,
            Map<String, @Min(1) Integer> skills) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void elementsAndMapValuesAreNamedByTheirPlaceInTheBody() {
        Queue queue = new Queue("", List.of(new Step("a>=1"), new Step(null)), List.of("a", " "),
                Map.of("billing", 0));
        Set<String> names = new TreeSet<>();
        validator.validate(queue).forEach(v -> names.add(ProblemMappers.fieldName(v)));
        assertEquals(Set.of("name", "relaxation[1].expression", "members[1]", "skills.billing"), names);
    }
}
