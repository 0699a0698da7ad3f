import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import { FeedbackMetricsDto } from './dtos/feedback-metrics.dto';
import { FeedbackMetricsArgs } from './dtos/feedback-metrics.args';
import { MetricsService } from './metrics.service';

@Resolver(() => FeedbackMetricsDto)
export class MetricsResolver {
  constructor(private readonly metrics: MetricsService) {}

  @Query(() => FeedbackMetricsDto, {
    description:
      'Feedback metrics over suggestions submitted in [from, to). With unitId: that unit and its child units, for its ' +
      'leaders, leaders above it and admins (others FORBIDDEN). Without: the whole municipality, for everyone in it.',
  })
  feedbackMetrics(@CurrentViewer() viewer: Viewer, @Args() args: FeedbackMetricsArgs): Promise<FeedbackMetricsDto> {
    return this.metrics.feedbackMetrics(viewer, args.unitId, args.from, args.to);
  }
}
