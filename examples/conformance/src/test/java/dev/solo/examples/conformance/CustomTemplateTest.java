package dev.solo.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** A {@code @TestTemplate} with its own provider: two invocations, named by the provider. */
class CustomTemplateTest {

    @TestTemplate
    @ExtendWith(TwoFlavours.class)
    void flavoured(String flavour) {
        assertTrue(flavour.startsWith("f"));
    }

    static final class TwoFlavours implements TestTemplateInvocationContextProvider {
        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return Stream.of("fudge", "fig").map(TwoFlavours::invocation);
        }

        private static TestTemplateInvocationContext invocation(String flavour) {
            return new TestTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return "flavour " + flavour;
                }

                @Override
                public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
                    return List.of(new ParameterResolver() {
                        @Override
                        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
                            return p.getParameter().getType() == String.class;
                        }

                        @Override
                        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
                            return flavour;
                        }
                    });
                }
            };
        }
    }
}
