import {
  bold,
  callout,
  heading,
  link,
  p,
  quote,
  rich,
  tabs,
  textEntry,
  ul,
  type SampleAssets,
  type SampleModule,
} from './build';
import { attachment, continueButton, embed } from './kinds-a-builders';

/** Module 2: benefits, and the downside that makes blended learning worth knowing about. */
export function benefitsModule(assets: SampleAssets): SampleModule {
  return {
    title: 'Benefits and trade-offs',
    lessons: [
      {
        title: 'Why self-paced learning works',
        kind: 'content',
        blocks: [
          rich(
            p(
              'Organisations and schools adopt asynchronous learning for practical reasons, and learners stay with it ',
              'because it respects their time. The main benefits:',
            ),
          ),
          heading('Seven benefits'),
          rich(
            ul(
              [
                bold('Flexibility. '),
                'Learners study when they are most alert and least interrupted, not when a room is free.',
              ],
              [
                bold('Scale. '),
                'Once a course is built, it can reach any number of learners without adding sessions or trainers.',
              ],
              [
                bold('Lower cost. '),
                'No travel, no venue, no repeated delivery: most of the cost is paid once, when the course is created.',
              ],
              [
                bold('Access anywhere. '),
                'A laptop, tablet or phone and a connection are enough — at home, on site or on the road.',
              ],
              [
                bold('Learning at your own pace. '),
                'Fast learners move on; others pause, replay and revisit without holding anyone back or feeling rushed.',
              ],
              [
                bold('Different learning styles. '),
                'Text, video, audio, images and interactive questions give every learner more than one way in.',
              ],
              [
                bold('Distributed workforces. '),
                'Teams spread across time zones and shifts get the same training, consistently, without a meeting that suits nobody.',
              ],
            ),
          ),
          rich(
            quote(
              'The best time to learn something is the moment you need it — and asynchronous courses are there at that moment.',
            ),
          ),
          callout(
            'tip',
            'Consistency is a benefit too',
            p(
              'Every learner sees the same explanations, examples and assessments. For compliance or safety training that ',
              'consistency matters as much as convenience.',
            ),
          ),
          textEntry(
            'Fill in the blank: a course that reaches ten or ten thousand learners without extra sessions shows the benefit of ____.',
            ['scale', 'scalability', 'scaling'],
            [
              'Exactly — scale is what makes asynchronous learning so efficient.',
              'The word we were looking for is "scale": the same course serves any number of learners.',
            ],
          ),
        ],
      },
      {
        title: 'When learners need live contact',
        kind: 'content',
        blocks: [
          rich(
            p(
              'Asynchronous learning is not the right answer for everyone all the time. Its main downside is the ',
              bold('lack of live human contact'),
              '. Some learners need it to stay motivated; some topics — negotiation, coaching, hands-on skills — are ',
              'hard to learn without practice and immediate feedback from another person.',
            ),
          ),
          callout(
            'warning',
            'Watch for isolation',
            p(
              'Learners who work alone can feel disconnected, procrastinate or drop out quietly. Plan how they can reach a ',
              'person before they get stuck, not after.',
            ),
          ),
          attachment(
            assets.worksheet,
            'support-plan-worksheet.pdf',
            'Support plan worksheet',
            'Four questions to answer before you publish: where learners ask, who answers, when they meet a person, and how you notice someone who has stopped.',
          ),
          continueButton(),
          heading('Blended learning: the best of both'),
          rich(
            p(
              bold('Blended learning'),
              ' combines self-paced courses with occasional live sessions. Learners cover the concepts on their own, then ',
              'meet — in person or online — to practise, discuss and ask questions. The live time is short and valuable ',
              'because everyone arrives prepared.',
            ),
            ul(
              'A self-paced module on giving feedback, followed by a one-hour live role-play.',
              'Weekly asynchronous lessons plus a monthly video call with the cohort.',
              'An online safety course, then a supervised practical on site.',
            ),
            p(
              'Further reading: ',
              link('Blended learning on Wikipedia', 'https://en.wikipedia.org/wiki/Blended_learning'),
              '.',
            ),
          ),
          embed(
            'https://en.m.wikipedia.org/wiki/Blended_learning',
            'Blended learning, the Wikipedia article',
            'The Wikipedia article on blended learning shows here when you are online. In short: blended learning ' +
              'mixes self-paced online study with scheduled time with a teacher or peers, so that the live time is ' +
              'spent on practice and discussion rather than on presenting content.',
          ),
          heading('Three models at a glance', 3),
          tabs(
            [
              'Synchronous',
              p('Everyone meets at the same time: a classroom, a live webinar, a workshop.'),
              ul(
                'Best for: practice with immediate feedback, discussion, building relationships.',
                'Watch for: fixed schedules, time zones, and a pace set by the group.',
              ),
            ],
            [
              'Asynchronous',
              p('Learners work through prepared lessons whenever it suits them.'),
              ul(
                'Best for: concepts and procedures, large or dispersed audiences, revisiting material.',
                'Watch for: isolation and procrastination; plan support channels in advance.',
              ),
            ],
            [
              'Blended',
              p('Self-paced lessons prepare learners; short live sessions apply what they learned.'),
              ul(
                'Best for: skills that need both understanding and practice, such as coaching or negotiation.',
                'Watch for: keeping the two parts aligned so the live time builds on the lessons.',
              ),
            ],
          ),
        ],
      },
    ],
  };
}
