import { describe, it, expect } from 'vitest';
import { classifySentence } from '../../../rules/context/classify';

/** [sentence, target, expected value] rows for one judgement. */
type Row = [string, string, string];

const negation = (s: string, t: string) => classifySentence(s, t).negation;
const temporality = (s: string, t: string) => classifySentence(s, t).temporality;
const experiencer = (s: string, t: string) => classifySentence(s, t).experiencer;

describe('classifySentence: negated, trigger before the target', () => {
  it.each<Row>([
    ['Denies fever.', 'fever', 'negated'],
    ['No saddle anesthesia.', 'saddle anesthesia', 'negated'],
    ['Negative for night sweats.', 'night sweats', 'negated'],
    ['Walks without numbness.', 'numbness', 'negated'],
    ['GI ROS is -ve for change in bowel habit.', 'change in bowel habit', 'negated'],
    ['Never had cancer.', 'cancer', 'negated'],
    ['Symptoms were not consistent with radiculopathy.', 'radiculopathy', 'negated'],
    ['No known allergies.', 'allergies', 'negated'],
    ['Reports fever.', 'fever', 'affirmed'],
    ['Never had cancer until the diagnosis of myeloma last year.', 'myeloma', 'affirmed'],
    // A comma and a verb start a new statement
    ['No fever, has night sweats.', 'night sweats', 'affirmed'],
    ['No injury, wakes at night with pain.', 'wakes at night', 'affirmed'],
    ['Denies that he has any fever.', 'fever', 'negated'],
    // Not noticing an event is not its absence, and it starts a clause of its own
    ["Didn't notice he'd soiled himself.", 'soiled himself', 'affirmed'],
    ["Hasn't opened his bowels and didn't notice he'd soiled himself.", 'soiled himself', 'affirmed'],
    ["Didn't notice any numbness.", 'numbness', 'negated'],
    // The reason given for a test is a finding, not what the test is to exclude
    ['MRI to exclude cauda equina compression given bilateral sciatica.', 'bilateral sciatica', 'affirmed'],
    ['?CES in view of the new saddle numbness.', 'saddle numbness', 'affirmed'],
    ['Differential includes metastatic disease given hx of lung cancer.', 'lung cancer', 'affirmed'],
    ['Concern for epidural abscess in setting of IVDU and fever.', 'IVDU', 'affirmed'],
    ['Cannot rule out vertebral fracture given age and steroid use.', 'steroid use', 'affirmed'],
    // …and so does a comma and a history or a treatment
    ['No trauma, known osteoporosis.', 'osteoporosis', 'affirmed'],
    ['No weight loss, hx of breast cancer.', 'breast cancer', 'affirmed'],
    ['Denies fever, on methotrexate.', 'methotrexate', 'affirmed'],
    ['No hx of cancer, IVDU, or steroid use.', 'IVDU', 'negated'],
    // …but not inside a denial that already lists two items or more
    ['He denies fever, chills, history of cancer, IV drug use.', 'cancer', 'negated'],
    ['He denies fever, chills, history of cancer, IV drug use.', 'IV drug use', 'negated'],
    ['Denies fever, chills, on methotrexate.', 'methotrexate', 'affirmed'],
    ["Doesn't have any leg pain only back pain with numbness in the saddle area.", 'numbness in the saddle area', 'affirmed'],
    ['Not only leg pain but saddle numbness.', 'saddle numbness', 'affirmed'],
    ['Denies fever, weight loss, known metastatic disease.', 'metastatic disease', 'affirmed'],
    // A bare "not" negates its own predicate, not the next items of a list
    ['Not worse with bending, stiff in the mornings for an hour.', 'stiff in the mornings', 'affirmed'],
    ['Pain not related to activity, wakes at night.', 'wakes at night', 'affirmed'],
    ['Pain does not radiate to the legs.', 'radiate', 'negated'],
    // "not" with a verb of having, noticing or judging heads a list, however long
    ['Not experiencing any numbness, weakness, or incontinence.', 'incontinence', 'negated'],
    ['Not on any steroids or immunosuppressants.', 'immunosuppressants', 'negated'],
    ['He does not really have any leg weakness.', 'leg weakness', 'negated'],
    ['These findings would not support a diagnosis of chronic lymphocytic leukemia.', 'chronic lymphocytic leukemia', 'negated'],
    ['ROS: (-) fever, (-) chills, (-) weight loss.', 'weight loss', 'negated'],
    ['ROS: (-) fever, (+) chills.', 'chills', 'affirmed'],
    // "Nil" in front of what it denies (UK); not when it answers what comes before it
    ['Nil saddle anaesthesia.', 'saddle anaesthesia', 'negated'],
    ['Nil bladder or bowel symptoms.', 'bowel symptoms', 'negated'],
    ['B/B sx nil, saddle numbness since today.', 'saddle numbness', 'affirmed'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));
});

describe('classifySentence: negated, trigger after the target', () => {
  it.each<Row>([
    ['SLR negative bilaterally.', 'SLR', 'negated'],
    ['Saddle anesthesia (-).', 'saddle anesthesia', 'negated'],
    ['HLA-B27 - negative.', 'HLA-B27', 'negated'],
    ['Allergies - none.', 'allergies', 'negated'],
    ['Bowel and bladder function normal.', 'bladder', 'negated'],
    ['Fever is unlikely.', 'fever', 'negated'],
    // A normal part further on is not this finding's verdict.
    ['The patient remained afebrile and had a normal white count.', 'afebrile', 'affirmed'],
    // "None" answers the label before it, not the diagnosis that follows.
    ['Complications: none  Diagnosis: colitis in the sigmoid colon.', 'colitis', 'affirmed'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));
});

describe('classifySentence: possible', () => {
  it.each<Row>([
    ['Possible cauda equina syndrome.', 'cauda equina syndrome', 'possible'],
    ['MRI to r/o discitis.', 'discitis', 'possible'],
    ['Vertebral osteomyelitis cannot be excluded.', 'vertebral osteomyelitis', 'possible'],
    ['Now ?saddle numbness.', 'saddle numbness', 'possible'],
    // Not looked at: to examine, neither found nor excluded
    ['SLR not tested.', 'SLR', 'possible'],
    ['Perianal sensation not assessed.', 'Perianal sensation', 'possible'],
    ['Numbness in both feet (diabetic neuropathy).', 'Numbness in both feet', 'possible'],
    // A doubt after a denial weakens it, over a comma and over "but"
    ["She doesn't think she has any numbness down below but isn't sure.", 'numbness down below', 'possible'],
    ['No saddle numbness, but not sure.', 'saddle numbness', 'possible'],
    ['No saddle numbness but she is sure about it.', 'saddle numbness', 'negated'],
    ['HLA-B27 pending.', 'HLA-B27', 'possible'],
    ['Epidural abscess considered but afebrile.', 'epidural abscess', 'possible'],
    // Put down to another cause
    ['Urinary retention due to BPH.', 'Urinary retention', 'possible'],
    ['Numbness in both feet from diabetic neuropathy.', 'Numbness in both feet', 'possible'],
    ['Back pain from lifting, now retention.', 'retention', 'affirmed'],
    // The nearer cue decides between a negation and a hedge.
    ['No fever, possible chills.', 'chills', 'possible'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));
});

describe('classifySentence: hypothetical', () => {
  it.each<Row>([
    ['Discussed CES symptoms (saddle anaesthesia, urinary retention) and when to seek help.', 'urinary retention', 'hypothetical'],
    ['CES advice leaflet given re: saddle numbness, retention, incontinence.', 'incontinence', 'hypothetical'],
    ['Advice: seek urgent review for new weakness, bladder/bowel change or saddle anaesthesia.', 'saddle anaesthesia', 'hypothetical'],
    ['Was told to seek help by her sister; now has saddle numbness.', 'saddle numbness', 'recent'],
    ['Return if she develops leg weakness.', 'leg weakness', 'hypothetical'],
    ['Should he develop urinary retention, go to the ED.', 'urinary retention', 'hypothetical'],
    [
      'Call for any fever, chills, night sweats, new weight loss, pain at night, numbness around the groin or buttocks, or weakness in either leg.',
      'weakness in either leg',
      'hypothetical',
    ],
    [
      'Advised to notify the clinic if any of the following are noted: fever, saddle numbness, incontinence.',
      'incontinence',
      'hypothetical',
    ],
    ['Any saddle numbness or bladder change should prompt urgent A&E attendance.', 'saddle numbness', 'hypothetical'],
    ['Advised that any night sweats would need same-day review.', 'night sweats', 'hypothetical'],
    ['Red flags explained: numbness between the legs, loss of bladder control.', 'loss of bladder control', 'hypothetical'],
    ['Explained the red flags, including saddle numbness.', 'saddle numbness', 'hypothetical'],
    ['CES symptoms were discussed: retention, incontinence.', 'retention', 'hypothetical'],
    ['Pt instructed to return to ED for saddle anesthesia, urinary retention, or fecal incontinence.', 'fecal incontinence', 'hypothetical'],
    ['Knows to attend A&E urgently with any saddle numbness.', 'saddle numbness', 'hypothetical'],
    ['Go to the emergency department immediately if you notice leg weakness.', 'leg weakness', 'hypothetical'],
    ['Patient educated regarding CES symptoms including saddle numbness and urinary retention.', 'urinary retention', 'hypothetical'],
    // Going somewhere without a place of care is not advice.
    ['She can go for a walk but has leg weakness.', 'leg weakness', 'recent'],
    ['He went to the ED with urinary retention.', 'urinary retention', 'recent'],
    // What follows the advice verb, or a finding the clause does not open with "any", is not.
    ['Any movement would prompt severe pain.', 'severe pain', 'recent'],
    ['He has saddle numbness, which would need urgent MRI.', 'saddle numbness', 'recent'],
    // Habitual or present-tense statements are not hypothetical.
    ['Pain would wake him at 3 am.', 'wake him', 'recent'],
    ['He develops pain after sitting for 20 minutes.', 'pain', 'recent'],
    ['Felt as if she was going to fall.', 'fall', 'recent'],
  ])('%s [%s] → %s', (s, t, want) => expect(temporality(s, t)).toBe(want));
});

describe('classifySentence: historical', () => {
  it.each<Row>([
    ['History of breast cancer.', 'breast cancer', 'historical'],
    ['Status post L4-5 discectomy.', 'discectomy', 'historical'],
    ['Known L4-5 disc herniation.', 'disc herniation', 'historical'],
    [
      'Past medical history is significant for hypertension, type 2 diabetes, obstructive sleep apnea, osteoporosis and gout.',
      'gout',
      'historical',
    ],
    ['PMH: HTN; DM; breast cancer.', 'breast cancer', 'historical'],
    ['Social history: smoker.', 'smoker', 'historical'],
    ['Sciatica in 2018.', 'sciatica', 'historical'],
    ['Vertebral fracture 3 years ago.', 'vertebral fracture', 'historical'],
    // Not a past history: how long the complaint has lasted, an age, the present illness.
    ['A 3-day history of fever.', 'fever', 'recent'],
    ['34-year-old man with low back pain.', 'low back pain', 'recent'],
    ['History of present illness: low back pain for a week.', 'low back pain', 'recent'],
    ['H/o DVT, recent calf swelling.', 'calf swelling', 'recent'],
    ['UTI in the past 2 weeks.', 'UTI', 'recent'],
    // Longstanding, not new
    ['Known BPH with longstanding hesitancy.', 'hesitancy', 'historical'],
    ['Bilateral leg numbness for years.', 'Bilateral leg numbness', 'historical'],
    ['Chronic LBP, new urinary retention since this morning.', 'urinary retention', 'recent'],
    ['Urinary retention now resolved.', 'Urinary retention', 'historical'],
    ['Ex-IVDU, clean for 10 years.', 'IVDU', 'historical'],
    // …also as a clause of its own right after it, but not over a second comma
    ['Fever last week, now resolved.', 'Fever', 'historical'],
    ['Urinary retention last month, catheterised, now resolved.', 'Urinary retention', 'recent'],
    ['Fever, night sweats, now settled.', 'Fever', 'recent'],
  ])('%s [%s] → %s', (s, t, want) => expect(temporality(s, t)).toBe(want));
});

describe('classifySentence: family and other experiencers', () => {
  it.each<Row>([
    ['Mother has psoriasis.', 'psoriasis', 'other'],
    ['FHx: mother - psoriasis.', 'psoriasis', 'other'],
    ['Family history positive for ankylosing spondylitis.', 'ankylosing spondylitis', 'other'],
    ['Psoriasis in his father.', 'psoriasis', 'other'],
    ['Roommate has tuberculosis.', 'tuberculosis', 'other'],
    ["The patient's friend had cancer.", 'cancer', 'other'],
    ['Cancer clinic appointment for his wife.', 'Cancer', 'other'],
    // A pronoun hands the sentence back to the patient.
    ['Mother has psoriasis; he has uveitis.', 'uveitis', 'patient'],
    ['Wife says he has back pain.', 'back pain', 'patient'],
  ])('%s [%s] → %s', (s, t, want) => expect(experiencer(s, t)).toBe(want));
});

describe('classifySentence: pseudo-triggers are not negations', () => {
  it.each<Row>([
    ['No improvement with rest.', 'rest', 'affirmed'],
    ['Not only back pain but buttock pain.', 'back pain', 'affirmed'],
    ['Gram negative rods in the urine.', 'rods', 'affirmed'],
    ['Nocturnal pain.', 'pain', 'affirmed'],
    ['Walks without difficulty, back pain persists.', 'back pain', 'affirmed'],
    ['Plain films without change and the sclerosis has not progressed.', 'sclerosis', 'affirmed'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));

  it('"no known" negates without making the target historical', () => {
    expect(classifySentence('No known IBD.', 'IBD')).toEqual({ negation: 'negated', temporality: 'recent', experiencer: 'patient' });
  });
});

describe('classifySentence: terminators end a scope', () => {
  it.each<Row>([
    ['Denies fever but reports night sweats.', 'night sweats', 'affirmed'],
    ['No numbness, however she has weakness in the left leg.', 'weakness', 'affirmed'],
    ['No fever although chills at night.', 'chills', 'affirmed'],
    ['No red flags except night pain.', 'night pain', 'affirmed'],
    ['No symptoms apart from stiffness.', 'stiffness', 'affirmed'],
    ['No fever; night sweats.', 'night sweats', 'affirmed'],
    ['Not consistent with mechanical pain - inflammatory features such as night pain.', 'night pain', 'affirmed'],
    ['1) MRI to r/o cauda equina 2) urinary retention on exam.', 'urinary retention', 'affirmed'],
    ['No fever, positive for chills.', 'chills', 'affirmed'],
    ['Denies saddle numbness, cauda equina considered but has urinary retention.', 'urinary retention', 'affirmed'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));
});

describe('classifySentence: one negation covers a list', () => {
  it.each<Row>([
    ['No fever, chills, night sweats, or weight loss.', 'weight loss', 'negated'],
    ['Denies: fever, chills, weight loss.', 'weight loss', 'negated'],
    ['Denies bowel/bladder sx: retention, incontinence.', 'incontinence', 'negated'],
    ['In general, no change in vision, diplopia or headache.', 'change in vision', 'negated'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));
});

describe('classifySentence: double negatives affirm', () => {
  it.each<Row>([
    ['She is not without pain.', 'pain', 'affirmed'],
    ['Does not deny numbness.', 'numbness', 'affirmed'],
    ['Saddle sensation not absent.', 'saddle sensation', 'affirmed'],
  ])('%s [%s] → %s', (s, t, want) => expect(negation(s, t)).toBe(want));
});

describe('a list opened by a colon runs through its semicolons', () => {
  it.each([
    ['She specifically denies: numbness of the saddle; change in urinary stream, hesitancy or retention; bowel incontinence; change in sexual function.', 'change in sexual function'],
    ['Denies: fever; night sweats; weight loss.', 'weight loss'],
  ])('%s → %s negated', (sentence, target) => {
    expect(classifySentence(sentence, target).negation).toBe('negated');
  });

  it('a semicolon still ends a plain negation', () => {
    expect(classifySentence('No fever; reports urinary retention since yesterday.', 'urinary retention').negation).toBe('affirmed');
  });
});

describe('wide spacing in prose is not a field break', () => {
  it('keeps a safety-net list together across a run of spaces', () => {
    expect(classifySentence('She will alert the physician if any of the following are   noted:  Nosebleeds, excessive bruising.', 'excessive bruising').temporality).toBe('hypothetical');
  });
});
