package io.github.fijiocr.recognize.ctc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.fijiocr.common.OcrException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LexiconDecoderTest {
    private static final String CHARS = "abchot BATCH.0123456789";
    private static final List<String> ALPHABET = Lattices.alphabet(CHARS);
    private static final String B = Lattices.sure(Lattices.BLANK);

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static String s(String c) {
        return Lattices.sure(c);
    }

    private static Decoded read(Lattice lattice, String... words) {
        return new LexiconDecoder(new BeamDecoder(ALPHABET), Lexicon.of(List.of(words)), LexiconDecoder.DEFAULT_PRIOR,
            ALPHABET, null).decode(lattice);
    }

    /** "b?tch": the network leans to o over a by {@code o} against {@code a}. */
    private static Lattice botch(String second) {
        return Lattices.of(CHARS, s("b"), B, second, B, s("t"), B, s("c"), B, s("h"));
    }

    @Test
    public void anUnsureLetterBecomesTheLexiconWord() {
        Lattice lattice = botch("o=.55 a=.45");
        assertEquals("botch", new BeamDecoder(ALPHABET).decode(lattice).text);
        Decoded d = read(lattice, "batch", "hello");
        assertEquals("batch", d.text);
        // The corrected letter is as sure as the word is, far surer than the network made it.
        assertTrue(d.characters.get(1).confidence > 0.9);
    }

    @Test
    public void aClearReadingStaysWhenNoWordIsNear() {
        // 0.98 against 0.01: the lattice outweighs the prior of e^3.
        assertEquals("botch", read(botch("o=.98 a=.01"), "batch").text);
    }

    @Test
    public void theLatticeChoosesBetweenTwoWords() {
        assertEquals("botch", read(botch("o=.55 a=.45"), "batch", "botch").text);
        assertEquals("batch", read(botch("o=.45 a=.55"), "batch", "botch").text);
    }

    @Test
    public void aClearDigitInACodeIsKept() {
        assertEquals("b7tch", read(botch("7=.97 a=.02"), "batch").text);
    }

    /**
     * A zero read surely where a face draws an O or an o the same (`J0IN`): the lattice cannot
     * tell them apart, so the lexicon word with the letter is weighed as if read as well, and it
     * is as sure as the word. A zero where no word has a letter drawn alike stays.
     */
    @Test
    public void aCharacterDrawnAlikeWithAWordsLetterBecomesTheWord() {
        Lattice zero = botch("0=.97 o=.01");
        assertEquals("b0tch", new BeamDecoder(ALPHABET).decode(zero).text);
        Decoded d = read(zero, "botch");
        assertEquals("botch", d.text);
        assertTrue(d.characters.get(1).confidence > 0.9);
        assertEquals("b0tch", read(zero, "batch").text);
    }

    @Test
    public void numbersAndShortTokensAreLeftAlone() {
        Lattice number = Lattices.of(CHARS, s("1"), B, "2=.5 3=.5", B, s("4"));
        String asRead = new BeamDecoder(ALPHABET).decode(number).text;
        assertEquals(asRead, read(number, "124", "134").text);
        Lattice two = Lattices.of(CHARS, s("h"), B, "o=.6 a=.4");
        assertEquals("ho", read(two, "ha").text);
    }

    private static final String NUMBERS = "0123456789:. OolIBimnµsec";

    private static String number(Lattice lattice) {
        List<String> alphabet = Lattices.alphabet(NUMBERS);
        return new LexiconDecoder(new BeamDecoder(alphabet), Lexicon.of(List.of("batch")),
            LexiconDecoder.DEFAULT_PRIOR, alphabet, null).decode(lattice).text;
    }

    /** A line of the given sure characters, the first column {@code first} (blanks between). */
    private static Lattice line(String first, String rest) {
        List<String> columns = new java.util.ArrayList<>(List.of(first, B));
        for (char c : rest.toCharArray()) {
            columns.add(c == ' ' ? s(Lattices.SPACE) : s(Character.toString(c)));
            columns.add(B);
        }
        return Lattices.of(NUMBERS, columns.toArray(new String[0]));
    }

    @Test
    public void aDigitReadAsItsLookAlikeInANumberIsWeighedAsADigit() {
        // O1:25:47, the first digit's O only somewhat likelier than 0: the time wins by the prior.
        assertEquals("O1:25:47", new BeamDecoder(Lattices.alphabet(NUMBERS)).decode(line("O=.7 0=.3", "1:25:47")).text);
        assertEquals("01:25:47", number(line("O=.7 0=.3", "1:25:47")));
        // Before a unit, a number of more look-alikes than digits: 1oo µm.
        assertEquals("100 µm", number(Lattices.of(NUMBERS, s("1"), B, "o=.8 0=.2", B, "o=.8 0=.2", s(Lattices.SPACE),
            s("µ"), B, s("m"))));
        assertEquals("1 µm.", number(Lattices.of(NUMBERS, "l=.8 1=.2", s(Lattices.SPACE), s("µ"), B, s("m"),
            s("."))));
    }

    @Test
    public void lettersThatAreNotANumberStayLetters() {
        // Surely read: the prior cannot overturn it.
        assertEquals("O1:25:47", number(line("O=.99 0=.005", "1:25:47")));
        // More look-alikes than digits and no unit after: lO1 stays; so does a word of other letters too.
        assertEquals("lO1 Bill", number(Lattices.of(NUMBERS, "l=.6 1=.4", B, "O=.6 0=.4", B, s("1"), s(Lattices.SPACE),
            s("B"), B, s("i"), B, s("l"), B, "l=.6 1=.4")));
        assertEquals("B1O", number(Lattices.of(NUMBERS, s("B"), B, s("1"), B, "O=.6 0=.4")));
        // Two round marks, as a pair of cells reads: too short to be taken for a number.
        assertEquals("0O", number(Lattices.of(NUMBERS, s("0"), B, "O=.6 0=.4")));
        // A number read in digits, its zero unsure against O, stays as read.
        assertEquals("10 sec", number(Lattices.of(NUMBERS, s("1"), B, "0=.6 O=.4", s(Lattices.SPACE), s("s"), B,
            s("e"), B, s("c"))));
    }

    @Test
    public void upperCaseReadingsGetTheUpperCaseWord() {
        Lattice lattice = Lattices.of(CHARS, s("B"), B, "0=.6 A=.4", B, s("T"), B, s("C"), B, s("H"));
        assertEquals("BATCH", read(lattice, "batch").text);
    }

    @Test
    public void eachWordOfALineIsCheckedAndMarksStayOutside() {
        Lattice lattice = Lattices.of(CHARS, s("b"), B, "o=.55 a=.45", B, s("t"), B, s("c"), B, s("h"), s("."), s(Lattices.SPACE),
            s("h"), B, "o=.55 a=.45", B, s("t"));
        assertEquals("batch. hat", read(lattice, "batch", "hat").text);
    }

    @Test
    public void wordsWithinOneOrTwoEditsAreFound() {
        Lexicon lexicon = Lexicon.of(List.of("batch", "Botch", "watch", "hello", "bat"));
        assertEquals(List.of("batch", "botch"), lexicon.near("bqtch", 1));
        assertEquals(List.of("batch", "botch"), lexicon.near("btch", 1));
        assertEquals(List.of("batch", "botch", "watch"), lexicon.near("botch", 2));
        assertTrue(lexicon.contains("BOTCH"));
        assertEquals(5, lexicon.size());
    }

    @Test
    public void theKeyNamesNoneTheBundledListOrAFile() throws Exception {
        assertNull(Lexicon.of("none"));
        assertNull(Lexicon.of(""));
        Lexicon english = Lexicon.of("english");
        assertTrue(english.size() > 50_000);
        assertTrue(english.contains("Microscope") && english.contains("expiry") && !english.contains("xqzt"));
        Path file = tmp.newFile("words.txt").toPath();
        Files.write(file, List.of("# product names", "Fluorolux", "", "ZetaGel"));
        Lexicon own = Lexicon.of(file.toString());
        assertEquals(2, own.size());
        assertTrue(own.contains("zetagel"));
        Lexicon both = Lexicon.of("english+" + file);
        assertEquals(english.size() + 2, both.size());
        assertTrue(both.contains("zetagel") && both.contains("microscope"));
    }

    @Test
    public void aMissingOrEmptyWordListIsRefusedNamingTheKey() throws Exception {
        Path missing = tmp.getRoot().toPath().resolve("nowhere.txt");
        OcrException e = assertThrows(OcrException.class, () -> Lexicon.of(missing.toString()));
        assertTrue(e.getMessage(), e.getMessage().startsWith("lexicon=" + missing) && e.getMessage().contains("none"));
        Path empty = tmp.newFile("empty.txt").toPath();
        e = assertThrows(OcrException.class, () -> Lexicon.of(empty.toString()));
        assertTrue(e.getMessage(), e.getMessage().contains("no words"));
        e = assertThrows(OcrException.class, () -> Lexicon.of("english+" + missing));
        assertTrue(e.getMessage(), e.getMessage().startsWith("lexicon=english+" + missing + ": no such file as "
            + missing));
    }
}
