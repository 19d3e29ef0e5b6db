using RecordsBot.Dialogs.Recognition;

namespace RecordsBot.Dialogs.Tests.Recognition;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("can they charge me for searching for my records?")]
    [InlineData("what are psychotherapy notes")]
    [InlineData("What's the weather in Ohio")]
    [InlineData("whats a designated record set")]
    [InlineData("How long does a hospital in Texas have")]
    [InlineData("When is it due")]
    [InlineData("Who pays for copies")]
    [InlineData("why did they say no")]
    [InlineData("Where do I send it")]
    [InlineData("which form do I use")]
    [InlineData("Do I need ID")]
    [InlineData("does it cost anything")]
    [InlineData("Is there a fee")]
    [InlineData("are x-rays included")]
    [InlineData("will they mail it")]
    [InlineData("Should I keep a copy")]
    [InlineData("may they refuse")]
    [InlineData("could my doctor refuse")]
    [InlineData("am I allowed to see my chart")]
    [InlineData("Can't they just email it")]
    [InlineData("Don’t I have a right to it")]
    [InlineData("my doctor refuses, is that legal?")]
    [InlineData("30 days?")]
    [InlineData("they said \"no\"?\"")]
    [InlineData("really? ")]
    [InlineData("is it free (really?)")]
    [InlineData("  WHAT ARE MY RIGHTS  ")]
    [InlineData("how much can they charge me")]
    public void Questions_are_recognized_by_their_shape(string text) => Assert.True(QuestionShape.IsQuestion(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ohio")]
    [InlineData("yes please")]
    [InlineData("I live in Texas")]
    [InlineData("tell me what I can get")]
    [InlineData("Jane Doe")]
    [InlineData("whatever")]
    [InlineData("Howard Smith")]
    [InlineData("Canada")]
    [InlineData("Isabel")]
    [InlineData("Willow Street clinic")]
    [InlineData("maybe later")]
    [InlineData("doctors")]
    [InlineData("2")]
    [InlineData("they said no.")]
    [InlineData("?!")]
    public void Other_replies_are_not_questions(string text) => Assert.False(QuestionShape.IsQuestion(text));

    [Theory]
    [InlineData("is it free?", true)]
    [InlineData("is it free", false)]
    [InlineData("Jane?", true)]
    [InlineData("what name", false)]
    [InlineData("?", true)]
    [InlineData("why？", true)]
    public void The_question_mark_alone_is_told_apart(string text, bool expected) =>
        Assert.Equal(expected, QuestionShape.EndsWithQuestionMark(text));
}
