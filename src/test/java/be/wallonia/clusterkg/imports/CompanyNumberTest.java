package be.wallonia.clusterkg.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompanyNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"0412345614", "0412.345.614", "BE 0412 345 614", "be0412345614", "412345614"})
    void aNumberWithAGoodCheckIsReadInAnyUsualWriting(String written) {
        assertEquals(Optional.of("0412345614"), CompanyNumber.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0412345615", "0412.345.6", "2412345614", "04123456140", "BE-ABC", ""})
    void aNumberWithABadCheckOrShapeIsRefused(String written) {
        assertEquals(Optional.empty(), CompanyNumber.parse(written));
    }

    @Test
    void aNumberIsDisplayedAsTheRegisterWritesIt() {
        assertEquals("0412.345.614", CompanyNumber.display("0412345614"));
    }
}
